export const id = 117;
export const ids = [117];
export const modules = {

/***/ 5117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  stateProblems: () => (/* binding */ stateProblems)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./docs/schemas/state.schema.json
const state_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/lockstep/lockstep/v1/docs/schemas/state.schema.json","title":"Lockstep state file (state: file, .lockstep/state.json)","description":"What apply-steps knows of each environment: the version reached, the commit proven live per repository, the repositories in doubt, the versions applied, every step attempt, and the hold. Written by Lockstep after every event; read and checked against this schema before anything is deployed.","type":"object","additionalProperties":false,"required":["format","environments"],"properties":{"format":{"const":"lockstep-state/1"},"environments":{"description":"One entry per environment, by name.","type":"object","additionalProperties":{"$ref":"#/$defs/environment"}}},"$defs":{"commit":{"type":"string","pattern":"^([0-9a-f]{40}|[0-9a-f]{64})$"},"positive":{"type":"integer","minimum":1},"time":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d+)?(Z|[+-]\\\\d{2}:\\\\d{2})$"},"name":{"type":"string","minLength":1},"commits":{"type":"object","additionalProperties":{"$ref":"#/$defs/commit"}},"step":{"type":"object","additionalProperties":false,"required":["repository","commit"],"properties":{"repository":{"$ref":"#/$defs/name"},"commit":{"$ref":"#/$defs/commit"}}},"environment":{"type":"object","additionalProperties":false,"required":["environment","deployed","versions","records"],"properties":{"environment":{"$ref":"#/$defs/name"},"version":{"description":"Last version fully reached, forward or by rollback.","$ref":"#/$defs/positive"},"deployed":{"description":"The commit proven live per repository (its last finished step).","$ref":"#/$defs/commits"},"uncertain":{"description":"Per repository, the commits a step that started and did not finish may have put live.","type":"object","additionalProperties":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/commit"}}},"versions":{"description":"Forward versions not undone by a rollback, as their files said when applied.","type":"array","items":{"type":"object","additionalProperties":false,"required":["version","repositories","steps","finished"],"properties":{"version":{"$ref":"#/$defs/positive"},"repositories":{"$ref":"#/$defs/commits"},"steps":{"type":"array","items":{"$ref":"#/$defs/step"}},"finished":{"description":"Indexes (1-based) of the steps that finished.","type":"array","items":{"$ref":"#/$defs/positive"}}}}},"records":{"description":"Every step attempt, oldest first.","type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","version","index","repository","commit","attempt","status","startedAt"],"properties":{"kind":{"enum":["deploy","rollback"]},"version":{"$ref":"#/$defs/positive"},"index":{"$ref":"#/$defs/positive"},"repository":{"$ref":"#/$defs/name"},"commit":{"$ref":"#/$defs/commit"},"attempt":{"$ref":"#/$defs/positive"},"status":{"enum":["starting","started","finished","failed","cancelled"]},"ref":{"description":"Where the deployer runs the step: a build, a workflow run, a local process.","type":"object","additionalProperties":false,"required":["deployer","id"],"properties":{"deployer":{"$ref":"#/$defs/name"},"id":{"$ref":"#/$defs/name"},"url":{"type":"string"},"process":{"type":"object","additionalProperties":false,"required":["pid","host"],"properties":{"pid":{"$ref":"#/$defs/positive"},"host":{"type":"string"},"boot":{"type":"string"},"start":{"type":"string"}}}}},"url":{"type":"string"},"startedAt":{"$ref":"#/$defs/time"},"finishedAt":{"$ref":"#/$defs/time"}}}},"lock":{"description":"The hold: a lease its job renews while it runs.","type":"object","additionalProperties":false,"required":["holder","job","token","since","expires"],"properties":{"holder":{"$ref":"#/$defs/name"},"job":{"$ref":"#/$defs/name"},"run":{"type":"string"},"attempt":{"$ref":"#/$defs/positive"},"token":{"$ref":"#/$defs/name"},"since":{"$ref":"#/$defs/time"},"expires":{"$ref":"#/$defs/time"}}}}}}}');
;// CONCATENATED MODULE: ./src/adapters/state/state-schema.ts


// Compiled once, when the first state file is read: this module is imported lazily, so a
// run that never reads a state file (the Deployments store, a plan-only run) pays nothing.
const validate = new _2020.Ajv2020({ allErrors: true, strict: true }).compile(state_schema_namespaceObject);
/** `environments.staging.records[2].status` for `/environments/staging/records/2/status`. */
function jsonPath(pointer) {
    const parts = pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let path = '';
    for (const p of parts) {
        if (/^\d+$/.test(p))
            path += `[${p}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(p))
            path += path ? `.${p}` : p;
        else
            path += `[${JSON.stringify(p)}]`;
    }
    return path || '(top level)';
}
function describe(e) {
    const where = jsonPath(e.instancePath);
    switch (e.keyword) {
        case 'additionalProperties':
            return `${where}: unknown key "${e.params.additionalProperty}"`;
        case 'required':
            return `${where}: missing "${e.params.missingProperty}"`;
        case 'enum':
            return `${where}: must be one of ${e.params.allowedValues.map(v => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `${where}: must be ${JSON.stringify(e.params.allowedValue)}`;
        default:
            return `${where}: ${e.message}`;
    }
}
/**
 * Every place where `data` differs from docs/schemas/state.schema.json, each as its JSON
 * path and what is wrong there; empty when it conforms.
 */
function stateProblems(data) {
    if (validate(data))
        return [];
    // A union failing reports one error per branch; keep the deepest, most specific ones once each.
    return [...new Set((validate.errors ?? []).map(describe))];
}


/***/ })

};
