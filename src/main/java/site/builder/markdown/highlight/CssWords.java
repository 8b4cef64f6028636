package site.builder.markdown.highlight;

/**
 * The words Chroma's CSS lexer knows, grouped by CSS module: property names (a keyword before a colon, and also
 * as a value, as in {@code transition: opacity}), value keywords in two lists, and the named colours.
 */
final class CssWords {
    private CssWords() {}

    static final String PROPERTIES = String.join(
            " ",
            // box model, sizing, overflow
            "margin margin-top margin-right margin-bottom margin-left padding padding-top padding-right padding-bottom",
            "padding-left width height min-width min-height max-width max-height max-lines box-sizing box-snap",
            "box-suppress overflow overflow-x overflow-y overflow-style overflow-wrap",
            // positioning, display, floats, clipping
            "position top right bottom left z-index display float float-defer float-offset float-reference clear clip",
            "clip-path clip-rule visibility all",
            // flexbox and alignment
            "flex flex-basis flex-direction flex-flow flex-grow flex-shrink flex-wrap order gap align-content",
            "align-items align-self justify-content justify-items justify-self",
            // grid
            "grid grid-area grid-auto-columns grid-auto-flow grid-auto-rows grid-column grid-column-end grid-column-gap",
            "grid-column-start grid-gap grid-row grid-row-end grid-row-gap grid-row-start grid-template",
            "grid-template-areas grid-template-columns grid-template-rows",
            // backgrounds, borders, shadows
            "background background-attachment background-blend-mode background-clip background-color",
            "background-image background-origin background-position background-repeat background-size border",
            "border-top border-right border-bottom border-left border-color border-style border-width",
            "border-top-color border-top-style border-top-width border-right-color border-right-style",
            "border-right-width border-bottom-color border-bottom-style border-bottom-width border-left-color",
            "border-left-style border-left-width border-radius border-top-left-radius border-top-right-radius",
            "border-bottom-left-radius border-bottom-right-radius border-image border-image-outset",
            "border-image-repeat border-image-slice border-image-source border-image-width border-boundary",
            "border-collapse border-spacing box-decoration-break box-shadow",
            // colour, compositing, filters
            "color opacity filter flood-color flood-opacity lighting-color color-interpolation-filters",
            "mix-blend-mode isolation",
            // transforms, transitions, animations, motion
            "transform transform-origin transform-style backface-visibility perspective perspective-origin",
            "transition transition-delay transition-duration transition-property transition-timing-function",
            "animation animation-delay animation-direction animation-duration animation-fill-mode",
            "animation-iteration-count animation-name animation-play-state animation-timing-function will-change",
            "motion motion-offset motion-path motion-rotation offset-after offset-before offset-end offset-start",
            // fonts
            "font font-family font-feature-settings font-kerning font-language-override font-size font-size-adjust",
            "font-stretch font-style font-synthesis font-variant font-variant-alternates font-variant-caps",
            "font-variant-east-asian font-variant-ligatures font-variant-numeric font-variant-position font-weight",
            // text
            "text-align text-align-last text-combine-upright text-decoration text-decoration-color",
            "text-decoration-line text-decoration-skip text-decoration-style text-emphasis text-emphasis-color",
            "text-emphasis-position text-emphasis-style text-indent text-justify text-orientation text-overflow",
            "text-shadow text-space-collapse text-space-trim text-spacing text-transform text-underline-position",
            "text-wrap white-space word-break word-spacing word-wrap letter-spacing line-break line-height",
            "hanging-punctuation hyphens hyphenate-character hyphenate-limit-chars hyphenate-limit-last",
            "hyphenate-limit-lines hyphenate-limit-zone tab-size direction unicode-bidi writing-mode vertical-align",
            "initial-letter initial-letter-align initial-letter-wrap quotes alignment-baseline baseline-shift",
            "dominant-baseline glyph-orientation-vertical",
            // lists, generated content, paged media
            "list-style list-style-image list-style-position list-style-type counter-increment counter-reset",
            "counter-set content string-set bookmark-label bookmark-level bookmark-state marker-side",
            "footnote-display footnote-policy orphans widows page size page-break-after page-break-before",
            "page-break-inside page-policy break-after break-before break-inside region-fragment",
            // multi-column, masks, shapes, images
            "columns column-count column-fill column-gap column-rule column-rule-color column-rule-style",
            "column-rule-width column-span column-width mask mask-border mask-border-mode mask-border-outset",
            "mask-border-repeat mask-border-slice mask-border-source mask-border-width mask-clip mask-composite",
            "mask-image mask-mode mask-origin mask-position mask-repeat mask-size mask-type shape-image-threshold",
            "shape-inside shape-margin shape-outside object-fit object-position image-orientation image-resolution",
            // user interface, tables, ruby, scroll snapping
            "appearance caret caret-animation caret-color caret-shape cursor outline outline-color outline-offset",
            "outline-style outline-width resize user-select nav-up nav-right nav-down nav-left caption-side",
            "empty-cells table-layout ruby-align ruby-merge ruby-position scroll-snap-coordinate",
            "scroll-snap-destination scroll-snap-points-x scroll-snap-points-y scroll-snap-type",
            // speech
            "azimuth cue cue-after cue-before elevation pause pause-after pause-before pitch pitch-range play-during",
            "presentation-level rest rest-after rest-before richness speak speak-as speak-header speak-numeral",
            "speak-punctuation speech-rate stress voice-balance voice-duration voice-family voice-pitch voice-range",
            "voice-rate voice-stress voice-volume volume",
            // regions, exclusions, line grids, marquee and other drafts
            "flow flow-from flow-into wrap-after wrap-before wrap-flow wrap-inside wrap-through chains line-grid",
            "line-snap crop move-to polar-angle polar-distance rotation rotation-point running marquee-direction",
            "marquee-loop marquee-speed marquee-style");

    /** Value keywords Chroma matches first (longest first). */
    static final String VALUES = String.join(
            " ",
            // global and generic
            "inherit initial unset auto none normal all both default hidden visible always avoid auto invert page style weight",
            "to on off end start first last left right top bottom center",
            // display and layout
            "block inline inline-block inline-flex inline-table flex table table-caption table-cell table-column",
            "table-column-group table-footer-group table-header-group table-row table-row-group list-item run-in",
            "ruby ruby-base ruby-base-container ruby-text ruby-text-container compact container",
            "static relative absolute fixed sticky row row-reverse column column-reverse wrap wrap-reverse nowrap",
            "flex-start flex-end space-between space-around stretch baseline distribute",
            // box and overflow
            "content-box padding-box border-box margin-box fill-box stroke-box view-box scroll clip ellipsis",
            // borders and outlines
            "solid dashed dotted double groove ridge inset outset wavy thin thick medium",
            // backgrounds
            "repeat repeat-x repeat-y no-repeat space round cover contain local repeat no-repeat",
            // fonts and text
            "bold bolder lighter italic oblique small-caps all-small-caps petite-caps all-petite-caps titling-caps",
            "unicase serif sans-serif monospace cursive fantasy capitalize uppercase lowercase full-width underline",
            "overline line-through blink justify inter-word break-word small smaller large larger",
            "x-small xx-small x-large xx-large condensed semi-condensed extra-condensed ultra-condensed expanded",
            "semi-expanded extra-expanded ultra-expanded ltr rtl upright sideways sideways-left sideways-right",
            "vertical-text horizontal vertical mixed each-line hanging spaces digits loose strict manual",
            // lists and quotes
            "disc circle square decimal decimal-leading-zero lower-alpha lower-latin lower-roman lower-greek",
            "upper-alpha upper-latin upper-roman armenian georgian inside outside open-quote close-quote",
            "no-open-quote no-close-quote",
            // cursors and interaction
            "pointer crosshair help move wait progress text copy alias context-menu cell not-allowed no-drop",
            "all-scroll col-resize row-resize e-resize n-resize s-resize w-resize ne-resize nw-resize se-resize",
            "sw-resize ew-resize ns-resize nesw-resize nwse-resize zoom-in zoom-out manipulation pan-x pan-y",
            "pan-up pan-down pan-left pan-right",
            // animation and transitions
            "linear ease ease-in ease-out ease-in-out step-start step-end infinite alternate alternate-reverse",
            "reverse forwards backwards running paused smooth preserve-3d flat",
            // blending
            "multiply screen overlay darken lighten color-dodge color-burn hard-light soft-light difference",
            "exclusion hue saturation color luminosity luminance alpha isolate",
            // images and rendering
            "crisp-edges pixelated optimizeSpeed optimizeLegibility geometricPrecision from-image scale-down",
            "slice clone",
            // tables, pages, columns, snapping, ruby
            "collapse separate show hide avoid-page avoid-column balance below over under mandatory proximity",
            "snap descendants objects edges",
            // emphasis and misc
            "filled open dot sesame triangle double-circle use-glyph-orientation icon box-decoration",
            "match-parent currentColor flip first last force-end allow-end upright",
            "ink off wavy fill");

    /** Two-word values in {@link #VALUES}'s rule. */
    static final String[] VALUE_PHRASES = {"repeat no-repeat", "weight style"};

    /** Older (aural and list) value keywords, matched after {@link #VALUES}. */
    static final String MORE_VALUES = String.join(
            " ",
            "above behind middle pre-wrap pre-line left-side right-side far-left far-right center-left center-right leftwards",
            "rightwards level lower higher x-low low high x-high silent x-soft soft loud x-loud slow fast",
            "x-fast faster slower mix once continuous spell-out embed bidi-override wider narrower landscape",
            "portrait crop cross super pre aural yes message-box small-caption status-bar text-top text-bottom",
            "cjk-ideographic hebrew hiragana hiragana-iroha katakana katakana-iroha");

    /** CSS named colours, with transparent. */
    static final String COLORS = String.join(
            " ",
            "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown",
            "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan",
            "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid",
            "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet",
            "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro",
            "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki",
            "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow",
            "lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray",
            "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine",
            "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise",
            "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab",
            "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru",
            "pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown",
            "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan",
            "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent");
}
