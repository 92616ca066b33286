package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedPackIsValid(t *testing.T) {
	p, err := Load(Embedded())
	if err != nil {
		t.Fatalf("Load(Embedded()) = %v", err)
	}
	if got, want := len(p.Paragraphs), 9; got != want {
		t.Errorf("paragraphs = %d, want %d", got, want)
	}
	if got, want := p.Source, "newsukraine.rbc.ua"; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	if got := len(p.Entries); got < 30 {
		t.Errorf("entries = %d, want dozens (at least 30)", got)
	}
}

// The embedded report must stay a verbatim copy of the shared one.
func TestEmbeddedReportMatchesShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "report", "article.txt"))
	if err != nil {
		t.Skipf("shared report not beside the checkout: %v", err)
	}
	own, err := os.ReadFile(filepath.Join("pack", ReportFile))
	if err != nil {
		t.Fatal(err)
	}
	if string(own) != string(shared) {
		t.Errorf("pack/%s differs from ../shared/report/article.txt", ReportFile)
	}
}

func TestLoadMissingFiles(t *testing.T) {
	r, p := miniPack(t)
	for _, tt := range []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"no report", fstest.MapFS{PackFile: {Data: []byte(p)}}, "read report"},
		{"no pack", fstest.MapFS{ReportFile: {Data: []byte(r)}}, "read pack"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.fs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func miniPack(t testing.TB) (report, pack string) {
	t.Helper()
	r, err := os.ReadFile("testdata/minipack/" + ReportFile)
	if err != nil {
		t.Fatal(err)
	}
	p, err := os.ReadFile("testdata/minipack/" + PackFile)
	if err != nil {
		t.Fatal(err)
	}
	return string(r), string(p)
}

func packFS(report, pack string) fstest.MapFS {
	return fstest.MapFS{
		ReportFile: {Data: []byte(report)},
		PackFile:   {Data: []byte(pack)},
	}
}
