package review

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
)

//go:embed page.html
var pageFS embed.FS

// page is the review as HTML: parsed once per Handler, not per request.
type page struct{ t *template.Template }

func newPage() *page {
	return &page{t: template.Must(template.ParseFS(pageFS, "page.html"))}
}

// chart is questions per day as bars, answered under declined, drawn
// here on the server: the page needs no script to show it.
type chart struct {
	Width, Height int
	Top, Bottom   int // plot margins
	Bars          []bar
	Ticks         []tick
}

type bar struct {
	X, W                 string
	AnsweredY, AnsweredH string
	DeclinedY, DeclinedH string
	Label                string // the day, under every few bars
	LabelX               string
	Title                string // on hover, and for screen readers
}

type tick struct {
	Y     string
	Value int
}

const (
	chartW, chartH = 720, 240
	chartL, chartR = 40, 8
	chartT, chartB = 10, 30
)

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

func newChart(days []Day) chart {
	c := chart{Width: chartW, Height: chartH, Top: chartT, Bottom: chartH - chartB}
	top := 0
	for _, d := range days {
		top = max(top, d.Answered+d.Declined)
	}
	top = niceCeil(top)
	plotW := float64(chartW - chartL - chartR)
	plotH := float64(chartH - chartT - chartB)
	step := plotW / float64(max(len(days), 1))
	labelEvery := max(1, (len(days)+6)/7)
	y := func(v int) float64 { return float64(chartT) + plotH - plotH*float64(v)/float64(top) }
	for i, d := range days {
		x := float64(chartL) + step*float64(i) + step*0.15
		w := step * 0.7
		aY, dY := y(d.Answered), y(d.Answered+d.Declined)
		b := bar{
			X: f1(x), W: f1(w),
			AnsweredY: f1(aY), AnsweredH: f1(float64(chartT) + plotH - aY),
			DeclinedY: f1(dY), DeclinedH: f1(aY - dY),
			Title: fmt.Sprintf("%s: %d answered, %d declined", d.Day, d.Answered, d.Declined),
		}
		if i%labelEvery == 0 {
			b.Label, b.LabelX = d.Day[5:], f1(x+w/2)
		}
		c.Bars = append(c.Bars, b)
	}
	for _, v := range []int{0, top / 2, top} {
		c.Ticks = append(c.Ticks, tick{Y: f1(y(v)), Value: v})
	}
	return c
}

// niceCeil rounds a chart's top up to an even number (at least 2), and
// past 10 to an even first digit and zeros, so that its half is round too.
func niceCeil(n int) int {
	if n <= 10 {
		return max(2, n+n%2)
	}
	p := 1
	for p*10 < n {
		p *= 10
	}
	m := (n + p - 1) / p
	return (m + m%2) * p
}

type pageData struct {
	Report
	Chart  chart
	Ranges []string
	Range  string
}

// WriteHTML writes the review as a page; sinceText is how the period was
// asked for ("7d"), for the period links.
func (p *page) write(w io.Writer, r Report, sinceText string) error {
	return p.t.Execute(w, pageData{Report: r, Chart: newChart(r.Days), Ranges: []string{"1d", "7d", "30d", "90d"}, Range: sinceText})
}
