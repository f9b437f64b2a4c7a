#!/usr/bin/env node
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * An error the user can act on: bad input, a cycle, a failed step. Entry points print
 * these as `::error` annotations without a stack trace; anything else is a bug.
 */
class LockstepError extends Error {
    location;
    /** Extra lines printed after the message (a cycle path, a deployer's log link). */
    details;
    constructor(message, location = {}, details = []) {
        super(message);
        this.name = 'LockstepError';
        this.location = location;
        this.details = details;
    }
}
/** Several independent problems found in one pass (every malformed block, not only the first). */
class LockstepErrors extends LockstepError {
    errors;
    constructor(errors) {
        super(errors.map(e => formatLocated(e)).join('\n'), errors[0]?.location ?? {});
        this.name = 'LockstepErrors';
        this.errors = errors;
    }
}
/** `file:line:col: message`, the form editors and terminals link. */
function formatLocated(e) {
    const { file, line, column } = e.location;
    if (!file)
        return e.message;
    const where = [file, line, line !== undefined ? column : undefined].filter(v => v !== undefined).join(':');
    return `${where}: ${e.message}`;
}
function isLockstepError(e) {
    return e instanceof LockstepError;
}

;// CONCATENATED MODULE: ./src/cli/reporter.ts

/** Plain terminal output: `file:line: message`, groups as headings, no summary. */
class ConsoleReporter {
    info(message) {
        process.stdout.write(`${message}\n`);
    }
    warning(message, location) {
        process.stderr.write(`warning: ${formatLocated(new LockstepError(message, location))}\n`);
    }
    error(message, location) {
        process.stderr.write(`error: ${formatLocated(new LockstepError(message, location))}\n`);
    }
    async group(title, fn) {
        process.stdout.write(`\n== ${title}\n`);
        return fn();
    }
    summary(_markdown) { }
}

;// CONCATENATED MODULE: ./src/cli/hash-tag.ts

// Placeholder until this subcommand is built; replaced by its own module.
const hashTagCommand = { name: 'hash-tag', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

;// CONCATENATED MODULE: ./src/cli/resolve.ts

// Placeholder until this subcommand is built; replaced by its own module.
const resolveCommand = { name: 'resolve', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };
const bootstrapCommand = { name: 'bootstrap', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

;// CONCATENATED MODULE: ./src/cli/apply.ts

// Placeholder until this subcommand is built; replaced by its own module.
const applyCommand = { name: 'apply', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };
const planCommand = { name: 'plan', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

;// CONCATENATED MODULE: ./src/cli/example.ts

// Placeholder until this subcommand is built; replaced by its own module.
const exampleCommand = { name: 'example', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

;// CONCATENATED MODULE: ./src/cli/main.ts






const commands = [hashTagCommand, resolveCommand, bootstrapCommand, applyCommand, planCommand, exampleCommand];
function help() {
    const width = Math.max(...commands.map(c => c.name.length));
    return [
        'lockstep: merge means deploy, for many services in many repositories',
        '',
        'usage: lockstep <command> [options]    (lockstep <command> --help for its options)',
        '',
        ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    ].join('\n');
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        process.stdout.write(`${help()}\n`);
        return name ? 0 : 2;
    }
    const command = commands.find(c => c.name === name);
    if (!command) {
        process.stderr.write(`error: unknown command "${name}"\n\n${help()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    const reporter = new ConsoleReporter();
    try {
        return await command.run(rest, reporter);
    }
    catch (e) {
        if (e instanceof LockstepErrors) {
            for (const err of e.errors)
                process.stderr.write(`error: ${formatLocated(err)}\n`);
        }
        else if (isLockstepError(e)) {
            process.stderr.write(`error: ${[formatLocated(e), ...e.details].join('\n')}\n`);
        }
        else {
            process.stderr.write(`error: unexpected: ${e?.message ?? String(e)}\n`);
            if (process.env.LOCKSTEP_DEBUG)
                process.stderr.write(`${e?.stack}\n`);
        }
        return 1;
    }
}
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});

