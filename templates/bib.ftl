<#-- A .bib file: the entries are BibTeX already, escaped when they were made; a blank line between them. -->
<#list page.entries as entry>${entry.bibtex}<#sep>${"\n"}</#list><#t>
