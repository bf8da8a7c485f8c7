<#-- The plain-text email edition of a digest: page.blocks are wrapped paragraphs whose links are marked [n];
     page.footnotes[n - 1] is link n's absolute URL. Plain text: nothing is escaped. -->
${site.title}

<#list page.blocks as block>
${block}

</#list>
<#if page.footnotes?has_content>
Links
<#list page.footnotes as link>
[${link?counter}] ${link}
</#list>
</#if>
