export const id = 683;
export const ids = [683];
export const modules = {

/***/ 6064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsReporter: () => (/* binding */ ActionsReporter),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


function annotation(location) {
    if (!location?.file)
        return {};
    return { file: location.file, startLine: location.line, startColumn: location.column, endLine: location.endLine };
}
/** A Reporter that speaks workflow commands and collects the job summary. */
class ActionsReporter {
    parts = [];
    info(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message);
    }
    warning(message, location) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    error(message, location) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    group(title, fn) {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(title, fn);
    }
    summary(markdown) {
        this.parts.push(markdown);
    }
    /** Writes the collected summary once, at the end, so a failed run still gets what it had. */
    async flush() {
        if (this.parts.length === 0 || !process.env.GITHUB_STEP_SUMMARY)
            return;
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(this.parts.join('\n\n'), true).write();
        this.parts.length = 0;
    }
}
/**
 * Runs an action's body: user-facing errors become `::error` annotations naming the file
 * and line, unexpected ones a one-line message (stack only in debug logs); either way the
 * step fails with a non-zero exit and never prints a stack trace.
 */
async function runAction(body) {
    const reporter = new ActionsReporter();
    try {
        await body(reporter);
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepErrors */ .hz) {
            for (const err of e.errors)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(err), annotation(err.location));
            process.exitCode = _actions_core__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failure;
        }
        else if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isLockstepError */ .sq)(e)) {
            const text = [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(e), ...e.details].join('\n');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(text, annotation(e.location));
            process.exitCode = _actions_core__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failure;
        }
        else {
            const err = e;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(err?.stack ?? String(e));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`unexpected error: ${err?.message ?? String(e)}`);
        }
    }
    finally {
        try {
            await reporter.flush();
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`could not write the job summary: ${e.message}`);
        }
    }
}


/***/ })

};
