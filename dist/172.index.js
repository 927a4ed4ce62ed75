export const id = 172;
export const ids = [172];
export const modules = {

/***/ 3172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ stopCommand)
/* harmony export */ });
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7038);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _codepipeline_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3359);
/* harmony import */ var _codepipeline_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9820);
/* harmony import */ var _codepipeline_find_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7628);
/* harmony import */ var _codepipeline_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9842);
/* harmony import */ var _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(705);







async function stopCommand(ctx) {
    const s = ctx.settings;
    const session = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_0__.openAwsSession)(ctx);
    const api = await (0,_codepipeline_api_js__WEBPACK_IMPORTED_MODULE_2__/* .openPipelineApi */ .V)(session, s.pipelineName);
    let id = s.executionId;
    if (id === '') {
        const latest = (0,_codepipeline_find_js__WEBPACK_IMPORTED_MODULE_5__/* .latestExecution */ .kp)(await api.listExecutions(50, ctx.signal));
        if (!latest?.pipelineExecutionId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Pipeline ${s.pipelineName} has no executions to stop.`, { hint: 'Check pipeline-name and aws-region.' });
        id = latest.pipelineExecutionId;
    }
    const url = (0,_codepipeline_url_js__WEBPACK_IMPORTED_MODULE_6__/* .executionUrl */ .M)(api.region, s.pipelineName, id);
    ctx.setOutput('execution-id', id);
    ctx.setOutput('execution-url', url);
    const reason = `Stopped from GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'}`.slice(0, 200);
    try {
        await api.stop(id, s.abandon, reason);
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(`Stop${s.abandon ? ' (abandoning in-progress actions)' : ''} requested for execution ${id} of pipeline ${s.pipelineName}: ${url}`);
    }
    catch (e) {
        const name = (0,_codepipeline_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .awsErrorName */ .ZH)(e);
        if (name === 'DuplicatedStopRequestException')
            (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_4__/* .notice */ .lm)(`Execution ${id} is already stopping.`);
        else if (name !== 'PipelineExecutionNotStoppableException')
            throw e;
    }
    const status = (await api.getExecution(id, ctx.signal)).status ?? 'Unknown';
    ctx.setOutput('execution-status', status);
    if (status !== 'Stopping' && status !== 'Stopped')
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_4__/* .notice */ .lm)(`Execution ${id} is ${status}: nothing to stop.`);
    else
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(`Execution ${id} is ${status}.`);
}


/***/ })

};
