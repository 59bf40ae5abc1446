// How the results table shows RDF terms: typed literals as their values (true/false, numbers,
// dates), policy IRIs as links to the policy's reader page (/policies/{docid}), and a row-number
// column wide enough for its numbers. Loaded after YASGUI, before page.js; it changes only the
// table plugin's formatting methods, and builds every piece of HTML from escaped text.
(function () {
  "use strict";
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var AS_VALUE = {};
  ["boolean", "integer", "decimal", "double", "float", "int", "long", "short", "byte",
   "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
   "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
   "string", "date", "dateTime", "time", "gYear", "gYearMonth", "anyURI", "duration"
  ].forEach(function (name) { AS_VALUE[XSD + name] = name; });
  var POLICY = /^https:\/\/w3id\.org\/policykg\/id\/policy\/([0-9a-f]{6,64})$/;

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  // The page path of a policy IRI, or null for any other IRI.
  function policyPath(iri) {
    var match = POLICY.exec(String(iri));
    return match ? "/policies/" + match[1] : null;
  }

  // HTML for a literal binding; null when the table's own rendering should be kept.
  function literalHtml(binding) {
    var type = binding.datatype;
    if (!type || !AS_VALUE[type]) { return null; }
    var value = binding.value;
    if (AS_VALUE[type] === "boolean") {
      value = (value === "true" || value === "1") ? "true" : (value === "false" || value === "0") ? "false" : value;
    }
    return "<span class='typed " + AS_VALUE[type] + "' title='xsd:" + AS_VALUE[type] + "'>" + escapeHtml(value) + "</span>";
  }

  window.PolicykgCells = { escapeHtml: escapeHtml, policyPath: policyPath, literalHtml: literalHtml };

  var Table = window.Yasgui && Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
  if (!Table || !Table.prototype) { return; }
  var formatLiteral = Table.prototype.formatLiteral;
  Table.prototype.formatLiteral = function (binding, prefixes) {
    var html = literalHtml(binding);
    return html === null ? formatLiteral.call(this, binding, prefixes) : html;
  };
  var uriLink = Table.prototype.getUriLinkFromBinding;
  Table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
    var path = policyPath(binding.value);
    if (!path) { return uriLink.call(this, binding, prefixes); }
    var shown = binding.value.replace(/^https:\/\/w3id\.org\/policykg\/id\//, "pki:");
    return "<a class='iri policy' href='" + escapeHtml(path) + "' title='" + escapeHtml(binding.value) +
      "'>" + escapeHtml(shown) + "</a>";
  };
  // YASGUI gives the number column 8 px a digit and no room for the cell's padding, so "2"
  // runs into the first answer column; give it room for its digits and the padding.
  Table.prototype.getSizeFirstColumn = function () {
    var rows = (this.yasr.results && this.yasr.results.getBindings()) || [];
    return String(rows.length || 0).length * 9 + 26;
  };
}());
