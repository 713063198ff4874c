package nl.gezinsplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void isValidSvgNamedForScreenReaders() throws Exception {
        Document svg = parse(SvgChart.render(flows(Chart.Kind.BAR), DUTCH));

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Instroom per maand");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 440 280");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Instroom per maand");
    }

    @Test
    void drawsOneBarPerValueOfEachSeries() throws Exception {
        Document svg = parse(SvgChart.render(flows(Chart.Kind.BAR), DUTCH));

        assertThat(points(svg, "rect")).hasSize(6);
        assertThat(points(svg, "circle")).isEmpty();
    }

    @Test
    void drawsOnePointPerValueOnALinePerSeries() throws Exception {
        Document svg = parse(SvgChart.render(flows(Chart.Kind.LINE), DUTCH));

        assertThat(points(svg, "circle")).hasSize(6);
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(((Element) svg.getElementsByTagName("polyline").item(1)).getAttribute("points").split(" "))
                .hasSize(3);
    }

    @Test
    void aTallerValueHasATallerBarAndEachPointSaysItsValue() throws Exception {
        Document svg = parse(SvgChart.render(flows(Chart.Kind.BAR), DUTCH));

        List<Element> bars = points(svg, "rect");
        assertThat(height(bars.get(1))).isGreaterThan(height(bars.get(0)));
        assertThat(bars.get(2).getTextContent()).isEqualTo("ambulant, mrt: 1.250");
    }

    @Test
    void escapesEveryText() throws Exception {
        Chart chart = new Chart("Kosten <script>alert('x')</script> & \"meer\"", Chart.Kind.BAR,
                List.of("<jan>"), List.of(new Chart.Series("A & B", List.of(1.0))));

        String markup = SvgChart.render(chart, DUTCH);
        Document svg = parse(markup);

        assertThat(markup).doesNotContain("<script>", "<jan>");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Kosten <script>alert('x')</script> & \"meer\"");
        assertThat(svg.getDocumentElement().getTextContent()).contains("<jan>", "A & B");
    }

    @Test
    void marksTheLimitAcrossTheChartAndMakesRoomForIt() throws Exception {
        Chart budgets = new Chart("Budget", Chart.Kind.BAR, List.of("Jeugdwet", "Wmo"),
                List.of(new Chart.Series("besteed", List.of(50.0, 80.0))), 100.0);

        Document svg = parse(SvgChart.render(budgets, DUTCH));

        Element limit = (Element) svg.getElementsByTagName("line").item(svg.getElementsByTagName("line").getLength() - 1);
        assertThat(limit.getAttribute("class")).isEqualTo("limit");
        List<Element> bars = points(svg, "rect");
        assertThat(Double.parseDouble(limit.getAttribute("y1"))).isLessThan(Double.parseDouble(bars.get(1).getAttribute("y")));
    }

    @Test
    void anEmptyChartStillHasAnAxis() throws Exception {
        Chart chart = new Chart("Leeg", Chart.Kind.LINE, List.of(), List.of());

        Document svg = parse(SvgChart.render(chart, DUTCH));

        assertThat(svg.getElementsByTagName("line").getLength()).isGreaterThan(0);
    }

    private static Chart flows(Chart.Kind kind) {
        return new Chart("Instroom per maand", kind, List.of("jan", "feb", "mrt"), List.of(
                new Chart.Series("ambulant", List.of(100.0, 400.0, 1250.0)),
                new Chart.Series("verblijf", List.of(10.0, 0.0, 30.0))));
    }

    private static List<Element> points(Document svg, String tag) {
        NodeList all = svg.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i))
                .filter(element -> "point".equals(element.getAttribute("class"))).toList();
    }

    private static double height(Element bar) {
        return Double.parseDouble(bar.getAttribute("height"));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
