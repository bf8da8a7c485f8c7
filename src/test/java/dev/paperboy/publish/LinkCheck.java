package dev.paperboy.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses every HTML page of a built site and lists the internal links and assets that do not resolve to a built
 * file, the way a browser would resolve them from the page's own URL under {@code baseUrl}.
 */
final class LinkCheck {
    private LinkCheck() {
    }

    static List<String> brokenLinks(Path out, String baseUrl) throws IOException {
        List<String> broken = new ArrayList<>();
        URI base = URI.create(baseUrl);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path page : walk.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
                String path = out.relativize(page).toString().replace('\\', '/');
                Document document = Jsoup.parse(page.toFile(), "UTF-8", base.resolve(path).toString());
                for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
                    String attribute = element.hasAttr("href") ? "href" : "src";
                    String target = element.absUrl(attribute);
                    if (!target.startsWith(baseUrl)) {
                        continue; // external, mailto, or (for 404.html) absolute to the site
                    }
                    String file = URI.create(target).getPath().substring(base.getPath().length());
                    file = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
                    if (!Files.isRegularFile(out.resolve(file))) {
                        broken.add(path + ": " + element.attr(attribute));
                    }
                    String fragment = URI.create(target).getFragment();
                    if (fragment != null && file.equals(path) && document.getElementById(fragment) == null) {
                        broken.add(path + ": no id " + fragment);
                    }
                }
            }
        }
        return broken;
    }
}
