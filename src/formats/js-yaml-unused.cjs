// The CLI bundle puts this in place of js-yaml, which gray-matter loads for
// its default YAML engine. postings always hands gray-matter its own engines
// (the `yaml` package), so js-yaml (and the esprima it pulls in) would only
// cost start-up time. Reaching this is a bug.
function unused() {
  throw new Error('postings: js-yaml is not part of the CLI bundle (gray-matter was called without postings\' engines)');
}
module.exports = { safeLoad: unused, safeDump: unused, load: unused, dump: unused };
