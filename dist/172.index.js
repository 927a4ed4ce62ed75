export const id = 172;
export const ids = [172];
export const modules = {

/***/ 998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ notImplemented)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function notImplemented(command) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Command '${command}' is not implemented in this version of aphex-pipeline-action.`, {
        hint: 'Pin a release that lists it in its README, or pick another command.',
    });
}


/***/ }),

/***/ 3172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ stopCommand)
/* harmony export */ });
/* harmony import */ var _not_implemented_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(998);

async function stopCommand(ctx) {
    (0,_not_implemented_js__WEBPACK_IMPORTED_MODULE_0__/* .notImplemented */ .S)(ctx.settings.command);
}


/***/ })

};
