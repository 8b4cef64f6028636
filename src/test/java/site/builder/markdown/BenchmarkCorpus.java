package site.builder.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic mixed Korean/English blog corpus: headings, paragraphs, lists, tables, code, quotes, links. */
final class BenchmarkCorpus {
    private static final String[] KO = ("정적 사이트 생성기는 마크다운 파일을 읽어 HTML 페이지를 만듭니다 데이터베이스가 필요 없어서 빠르고 "
                    + "안전합니다 글쓴이는 변경 사항을 버전 관리에 보관하고 명령 하나로 게시합니다 쿠버네티스 배포와 모니터링 설정을 정리했습니다")
            .split(" ");
    private static final String[] EN =
            ("static site generators turn plain text into fast websites that any web server can deliver "
                            + "without a database while writers keep posts in version control and review changes like code")
                    .split(" ");

    private BenchmarkCorpus() {}

    static List<String> pages(int count) {
        Random random = new Random(42);
        List<String> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) pages.add(page(random, i));
        return pages;
    }

    private static String page(Random r, int n) {
        StringBuilder md = new StringBuilder();
        for (int section = 0; section < 6; section++) {
            md.append("## ")
                    .append(words(r, r.nextBoolean() ? KO : EN, 4))
                    .append(" ")
                    .append(n)
                    .append("\n\n");
            for (int p = 0; p < 3; p++) md.append(paragraph(r)).append("\n\n");
            switch (section % 4) {
                case 0 ->
                    md.append("- ")
                            .append(words(r, KO, 6))
                            .append("\n- [link](https://example.com/")
                            .append(n)
                            .append(") and `code`\n- **")
                            .append(words(r, EN, 3))
                            .append("**\n\n");
                case 1 ->
                    md.append("```go\nfunc main() {\n\tfmt.Println(\"안녕 ")
                            .append(n)
                            .append("\")\n\tx := 42 // answer\n}\n```\n\n");
                case 2 ->
                    md.append("| 이름 | value |\n|---|---:|\n| ")
                            .append(words(r, KO, 2))
                            .append(" | ")
                            .append(n)
                            .append(" |\n\n");
                default ->
                    md.append("> ")
                            .append(words(r, EN, 12))
                            .append("\n\n```yaml\ntitle: \"")
                            .append(words(r, KO, 3))
                            .append("\"\ndraft: false\nweight: ")
                            .append(n)
                            .append("\n```\n\n");
            }
        }
        return md.toString();
    }

    /**
     * Pages with about half of their text in code blocks: the blog text above between fenced samples of the
     * highlighting corpus (the DevOps languages), cycled in a fixed order.
     */
    static List<String> codeHeavyPages(int count, List<String[]> samples) {
        Random random = new Random(42);
        List<String> pages = new ArrayList<>(count);
        int next = 0;
        for (int i = 0; i < count; i++) {
            StringBuilder md = new StringBuilder();
            int text = 0;
            int code = 0;
            while (text + code < 8000) {
                if (code <= text) {
                    String[] sample = samples.get(next++ % samples.size());
                    md.append("```")
                            .append(sample[0])
                            .append('\n')
                            .append(sample[1])
                            .append("```\n\n");
                    code += sample[1].length();
                } else {
                    String paragraph = paragraph(random);
                    md.append(paragraph).append("\n\n");
                    text += paragraph.length();
                }
            }
            pages.add(md.toString());
        }
        return pages;
    }

    private static String paragraph(Random r) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            String[] lang = r.nextInt(3) == 0 ? EN : KO;
            p.append(words(r, lang, 8 + r.nextInt(10)));
            if (r.nextInt(4) == 0) p.append(" *").append(words(r, lang, 2)).append("*");
            p.append(r.nextInt(5) == 0 ? "? " : ". ");
        }
        return p.toString().strip();
    }

    private static String words(Random r, String[] dict, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(dict[r.nextInt(dict.length)]);
        return s.toString();
    }
}
