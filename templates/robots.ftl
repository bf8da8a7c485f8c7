User-agent: *
Allow: /

Sitemap: ${url.abs(site.links.sitemap)}
