package site.builder.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Map;

/** Puts block attributes on the tags flexmark's core renderer writes (paragraphs, lists, quotes). */
final class BlockAttributeProvider implements AttributeProvider {

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new BlockAttributeProvider(context);
            }
        };
    }

    private final LinkResolverContext context;

    private BlockAttributeProvider(LinkResolverContext context) {
        this.context = context;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        RenderState state = RenderState.KEY.get(context.getDocument());
        Map<String, String> attrs = state == null ? null : state.blockAttributes.get(node);
        if (attrs != null && part == AttributablePart.NODE) attrs.forEach(attributes::addValue);
    }
}
