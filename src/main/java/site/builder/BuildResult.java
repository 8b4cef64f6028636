package site.builder;

import java.util.List;
import java.util.Map;
import site.builder.content.SiteIndex;
import site.common.LocatedError;

/**
 * What a successful build reports: the default language's site and every language's (the default one first), counts,
 * time (in all and per step), notices and warnings (errors fail the build instead).
 */
public record BuildResult(
        SiteIndex site,
        List<SiteIndex> languageSites,
        BuildStats stats,
        long millis,
        Map<String, Long> stepMillis,
        List<String> notices,
        List<LocatedError> warnings) {}
