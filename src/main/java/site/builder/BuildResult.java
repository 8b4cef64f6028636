package site.builder;

import java.util.List;
import site.builder.content.SiteIndex;
import site.common.LocatedError;

/** What a successful build reports: counts, time, notices and warnings (errors fail the build instead). */
public record BuildResult(SiteIndex site, BuildStats stats, long millis, List<String> notices,
                          List<LocatedError> warnings) {}
