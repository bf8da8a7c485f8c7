<#-- A shard of the search index for assets/search.js; paper links are relative to this file. -->
paperboySearch.load("${url.rel(page.paperPath)?js_string}", ${page.json()});
