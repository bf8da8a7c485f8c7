<#-- The search index for assets/search.js: the shards to load, relative to this file. Scripts, not JSON, since a page opened from disk (file://) may load a script but not fetch a file. -->
paperboySearch.index([<#list page.shards as shard>"${url.rel(shard)?js_string}"<#sep>, </#list>], "${page.stopWords?js_string}");
