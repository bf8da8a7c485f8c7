<#ftl output_format="JSON">
<#import "partials/feed-item.ftlx" as f>
<#-- JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Nothing is escaped automatically here: every string goes
     through ?c, which writes it as a quoted JSON string. -->
{
  "version": "https://jsonfeed.org/version/1.1",
  "title": ${page.title?c},
  "home_page_url": ${url.abs(page.pagePath)?c},
  "feed_url": ${url.canonical()?c},
<#if page.description?has_content>  "description": ${page.description?c},
</#if>  "language": ${site.language?c},
  "authors": [{"name": ${site.curator?has_content?then(site.curator, site.title)?c}}],
  "items": [<#list page.items as item>
    {
      "id": ${url.abs(item.path)?c},
      "url": ${url.abs(item.path)?c},
      "title": ${item.title?c},
<#if item.summary?has_content>      "summary": ${item.summary?c},
</#if><#if item.paper?? && item.paper.authors?has_content>      "authors": [<#list item.paper.authors as author>{"name": ${author?c}}<#sep>, </#list>],
</#if>      "content_html": ${f.itemHtml(item)?c},
      "date_published": ${item.date.rfc3339?c},
      "date_modified": ${item.updated?c}
    }<#sep>,</#sep></#list>
  ]
}
