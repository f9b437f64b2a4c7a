import { startWorktreeListing } from '../composition/hash-tag.js';

// Imported first by the hash-tag action (see there): git starts listing the workspace, the
// working directory on the runner, as soon as this module is evaluated.
startWorktreeListing(process.cwd());
