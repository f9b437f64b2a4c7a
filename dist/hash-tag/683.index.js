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
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(502);
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
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    warning(message, location) {
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    error(message, location) {
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(location?.file ? `${location.file}${location.line ? `:${location.line}` : ''}: ${message}` : message, annotation(location));
    }
    group(title, fn) {
        return _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn);
    }
    summary(markdown) {
        this.parts.push(markdown);
    }
    /** Writes the collected summary once, at the end, so a failed run still gets what it had. */
    flush() {
        if (this.parts.length === 0 || !process.env.GITHUB_STEP_SUMMARY)
            return;
        _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(this.parts.join('\n\n'));
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
                _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(err), annotation(err.location));
            process.exitCode = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failure;
        }
        else if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isLockstepError */ .sq)(e)) {
            const text = [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocated */ .Cc)(e), ...e.details].join('\n');
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, annotation(e.location));
            process.exitCode = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failure;
        }
        else {
            const err = e;
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err?.stack ?? String(e));
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`unexpected error: ${err?.message ?? String(e)}`);
        }
    }
    finally {
        try {
            reporter.flush();
        }
        catch (e) {
            _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not write the job summary: ${e.message}`);
        }
    }
}


/***/ })

};
