package site.builder.render;

/**
 * A file the theme bundles from its assets (and the site's): published at a fingerprinted path, so browsers may
 * cache it for ever, with its Subresource Integrity value for the tag that loads it.
 *
 * @param path where it is published, below the site root, without a leading slash
 *             ({@code assets/css/stylesheet.<sha256 hex>.css})
 * @param integrity {@code sha256-<base64>}, for the {@code integrity} attribute; "" when not fingerprinted
 */
public record AssetBundle(String path, byte[] bytes, String integrity) {}
