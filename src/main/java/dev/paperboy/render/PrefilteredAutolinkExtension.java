package dev.paperboy.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolinks (bare URLs, {@code www.} addresses and e-mail addresses become links), with the same
 * post-processor, but only run on text that could hold one. The post-processor unescapes and scans every text
 * node, which was about 40% of parsing a typical note, while a link needs a {@code :} (a scheme), an {@code @}
 * or {@code www.}; text with {@code &} or {@code \} is passed on too, since an entity or an escape could
 * become one of those after unescaping.
 */
final class PrefilteredAutolinkExtension implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
        // the autolink post-processor's own options keep their defaults
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\' || (c == 'w' || c == 'W') && startsWww(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWww(CharSequence text, int start) {
        if (start + 4 > text.length()) {
            return false;
        }
        for (int i = start; i < start + 3; i++) {
            if (Character.toLowerCase(text.charAt(i)) != 'w') {
                return false;
            }
        }
        return text.charAt(start + 3) == '.';
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    BasedSequence chars = node.getChars();
                    if (mayHoldLink(chars)) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
