export const id = 468;
export const ids = [468];
export const modules = {

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ renderCommand),
/* harmony export */   renderTemplate: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _argo_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8870);
/* harmony import */ var _report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4963);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6559);
/**
 * `render`: validate, render the WorkflowTemplate, write it to template-path and set
 * template-name, template-path and template-digest.
 */







/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
async function renderTemplate(ctx) {
    const { config, file } = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__.loadConfig)(ctx);
    const options = (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__.renderOptions)(ctx, config);
    const result = (0,_argo_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPipeline */ .ju)(config, options);
    const target = templatePath(ctx, options.pipeline);
    await writeTemplate(target, result.yaml);
    ctx.setOutput('template-name', result.name);
    ctx.setOutput('template-path', target);
    ctx.setOutput('template-digest', result.digest);
    (0,_report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .logRendered */ .qG)(result.name, result.digest, target);
    await (0,_report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeConfigSummary */ .Qm)(ctx.env, config, file, { name: result.name, digest: result.digest, yaml: result.yaml, path: target });
    return {
        name: result.name,
        namespace: result.namespace,
        pipeline: options.pipeline,
        yaml: result.yaml,
        object: result.object,
        digest: result.digest,
        path: target,
    };
}
/** Input template-path (relative to the workspace), else `<RUNNER_TEMP or tmp>/<pipeline>-workflow-template.yaml`. */
function templatePath(ctx, pipeline) {
    const given = ctx.settings.templatePath;
    if (given !== '')
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.workspace, given);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), `${pipeline}-workflow-template.yaml`);
}
async function writeTemplate(target, yaml) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, yaml, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Could not write the WorkflowTemplate to ${target}: ${e.message}`, {
            hint: "Set the input 'template-path' to a writable file path.",
            title: 'input template-path',
            cause: e,
        });
    }
}
async function renderCommand(ctx) {
    await renderTemplate(ctx);
}


/***/ })

};
