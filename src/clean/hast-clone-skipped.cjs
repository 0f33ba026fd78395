// The CLI's bundle of the HTML path (html-vendor.ts) puts this in place of @ungap/structured-clone, which
// hast-util-to-mdast uses to copy the whole hast tree before minifying its white space in place: the one
// caller, html-tree.ts, parses a tree per page and drops it once converted, so the copy (about a third of
// the conversion's CPU) buys nothing there. The library keeps the package (tests/html-vendor-clone.test.ts
// holds the two to the same lines).
module.exports = function keepTree(value) {
  return value;
};
