export const id = 887;
export const ids = [887];
export const modules = {

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDeployment: () => (/* binding */ createDeployment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * A GitHub Deployment for an environment and its statuses (in_progress -> success / failure),
 * with the execution's console link as log URL. Recording is best effort: a failure to record
 * is a warning, never the reason a deploy fails.
 */



function hintFor(e) {
    const status = e.status;
    if (status === 403 || status === 404)
        return ' The token needs `permissions: deployments: write` (and the repository must be visible to it).';
    if (status === 401)
        return ' The github-token was not accepted.';
    return '';
}
async function createDeployment(req) {
    const [owner, repo] = req.repository.split('/');
    if (!owner || !repo || req.ref === '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('No GitHub Deployment recorded: GITHUB_REPOSITORY or the commit is unknown (not running in GitHub Actions?).');
        return undefined;
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(req.token, { baseUrl: req.apiUrl.replace(/\/+$/, '') });
    let id;
    try {
        const r = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: req.ref,
            environment: req.environment,
            description: req.description.slice(0, 140),
            auto_merge: false,
            required_contexts: [],
            payload: req.payload,
            production_environment: /^prod(uction)?$/i.test(req.environment),
        });
        if (!('id' in r.data))
            throw new Error(`GitHub did not create the deployment: ${r.data.message ?? r.status}`);
        id = r.data.id;
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not record a GitHub Deployment for environment '${req.environment}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}.${hintFor(e)}`);
        return undefined;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Recorded GitHub Deployment ${id} for environment '${req.environment}'.`);
    return {
        async status(state, logUrl, description) {
            try {
                await octokit.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: id,
                    state,
                    log_url: logUrl,
                    description: description.slice(0, 140),
                    environment: req.environment,
                    auto_inactive: state === 'success',
                });
            }
            catch (e) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not set GitHub Deployment ${id} to '${state}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}.${hintFor(e)}`);
            }
        },
    };
}


/***/ })

};
