export const id = 982;
export const ids = [982];
export const modules = {

/***/ 6982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   booleanInput: () => (/* binding */ booleanInput),
/* harmony export */   choiceInput: () => (/* binding */ choiceInput),
/* harmony export */   secondsInput: () => (/* binding */ secondsInput)
/* harmony export */ });
/* harmony import */ var _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(502);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/**
 * Typed readers for action inputs. Unlike @actions/core's `getBooleanInput`, an empty input takes the
 * default (action.yml defaults do not apply when an action is run by hand), and a bad value
 * is a LockstepError naming the input rather than a TypeError.
 */
function booleanInput(name, fallback = false) {
    const value = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`input ${name}: "${value}" is neither true nor false`);
}
/** One of a fixed set of words (`source: git|github`). */
function choiceInput(name, allowed, fallback) {
    const value = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value;
}
/** A positive number of seconds (poll intervals). */
function secondsInput(name, fallback) {
    const text = _adapters_actions_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!text)
        return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockstepError */ .Cj(`input ${name}: "${text}" is not a positive number of seconds`);
    return n;
}


/***/ })

};
