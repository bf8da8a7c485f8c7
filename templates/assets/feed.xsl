<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS or Atom feed opened in a browser as a page: what a feed is, and its items. Feed readers ignore
     it: the feed itself is unchanged. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
<xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
<xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
<xsl:template match="/">
<html lang="{/rss/channel/language | /atom:feed/@xml:lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="color-scheme" content="light dark"/>
<link rel="icon" href="data:,"/>
<title><xsl:value-of select="$title"/> · feed</title>
<style>
body { margin: 0 auto; max-width: 44rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5;
  color-scheme: light dark; }
.about { padding: 0.75rem 1rem; border-radius: 0.5rem; background: rgba(127, 127, 127, 0.12); }
ol { padding-left: 1.5rem; }
li { margin: 0.5rem 0; }
.date { display: block; font-size: 0.875rem; opacity: 0.75; }
</style>
</head>
<body>
<main>
<p class="about"><strong>This is a web feed.</strong> Copy the address of this page into a feed reader to get
new papers as they are published. This preview shows what the feed holds;
<a href="{$home}">visit the site</a> to read it.</p>
<h1><xsl:value-of select="$title"/></h1>
<xsl:if test="/rss/channel/description | /atom:feed/atom:subtitle">
<p><xsl:value-of select="/rss/channel/description | /atom:feed/atom:subtitle"/></p>
</xsl:if>
<ol>
<xsl:for-each select="/rss/channel/item | /atom:feed/atom:entry">
<li><a href="{link | atom:link[@rel='alternate']/@href}"><xsl:value-of select="title | atom:title"/></a>
<span class="date"><xsl:value-of select="substring(pubDate, 1, 16)"/><xsl:value-of
    select="substring(atom:published, 1, 10)"/></span></li>
</xsl:for-each>
</ol>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
