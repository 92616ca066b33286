package bot

import (
	"encoding"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// A config file is checked against Config itself (its types and toml
// tags), so a key added to the struct is known here with nothing else to
// edit. The file is read once as plain TOML; every unknown key and every
// value of the wrong type is named, and the keys that are right are
// decoded anyway, so that Validate can name what is out of range in the
// same run.

// Problem is one thing wrong with the configuration.
type Problem struct {
	Key    string // "answers.threshold", or "" for the file's syntax
	Line   int    // in the file, or 0 when it came from elsewhere
	Column int    // for a syntax error, or 0
	Msg    string // "want a number, got \"high\""
}

func (p Problem) String() string {
	s := p.Msg
	if p.Key != "" {
		s = p.Key + ": " + s
	}
	switch {
	case p.Column > 0:
		s = fmt.Sprintf("line %d, column %d: %s", p.Line, p.Column, s)
	case p.Line > 0:
		s = fmt.Sprintf("line %d: %s", p.Line, s)
	}
	return s
}

// ConfigError lists every problem of a configuration at once.
type ConfigError struct {
	Path     string // the file, or "" with none
	Problems []Problem
}

func (e *ConfigError) Error() string {
	what := "the configuration"
	if e.Path != "" {
		what = e.Path
	}
	n := "1 problem"
	if len(e.Problems) != 1 {
		n = fmt.Sprintf("%d problems", len(e.Problems))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s has %s:", what, n)
	for _, p := range e.Problems {
		b.WriteString("\n  " + p.String())
	}
	return b.String()
}

// decodeFile decodes the TOML document raw over c and returns what is
// wrong with it, and the line of each key. A document that is not TOML
// at all has one problem, its syntax: nothing else can be said about it.
func decodeFile(raw []byte, c *Config) ([]Problem, map[string]int, error) {
	var doc map[string]any
	if err := toml.Unmarshal(raw, &doc); err != nil {
		var derr *toml.DecodeError
		if errors.As(err, &derr) {
			row, col := derr.Position()
			msg := strings.TrimPrefix(derr.Error(), "toml: ")
			return []Problem{{Line: row, Column: col, Msg: msg}}, nil, nil
		}
		return nil, nil, err
	}
	lines := keyLines(raw)
	var problems []Problem
	clean := checkTable(reflect.TypeOf(c).Elem(), doc, "", &problems)
	for i := range problems {
		problems[i].Line = lines[problems[i].Key]
	}
	// What is left has the right keys and types: the library decodes it.
	b, err := toml.Marshal(clean)
	if err == nil {
		dec := toml.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		err = dec.Decode(c)
	}
	if err != nil {
		// checkTable let through what the library refuses (a number too
		// big for its field): name the key at least
		return nil, nil, fmt.Errorf("decode: %w", err)
	}
	return problems, lines, nil
}

// checkTable checks the table m against the struct type t, adding a
// problem for each key t lacks and each value of the wrong type, and
// returns m without them.
func checkTable(t reflect.Type, m map[string]any, prefix string, problems *[]Problem) map[string]any {
	fields := map[string]reflect.StructField{}
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		fields[name] = f
		names = append(names, name)
	}
	clean := map[string]any{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		key := prefix + k
		f, ok := fields[k]
		if !ok {
			*problems = append(*problems, Problem{Key: key, Msg: unknownKey(k, prefix, names, v)})
			continue
		}
		if f.Type.Kind() == reflect.Struct && !isText(f.Type) {
			sub, ok := v.(map[string]any)
			if !ok {
				*problems = append(*problems, Problem{Key: key, Msg: fmt.Sprintf("want a section [%s], got %s", key, describe(v))})
				continue
			}
			clean[k] = checkTable(f.Type, sub, key+".", problems)
			continue
		}
		if want := mismatch(f.Type, v); want != "" {
			got := describe(v)
			if f.Type.Implements(reflect.TypeFor[slog.LogValuer]()) {
				got = kind(v) // a secret: its value is not shown, even wrong
			}
			*problems = append(*problems, Problem{Key: key, Msg: fmt.Sprintf("want %s, got %s", want, got)})
			continue
		}
		clean[k] = v
	}
	return clean
}

// unknownKey says that k is not a key of its table, and which key was
// probably meant.
func unknownKey(k, prefix string, names []string, v any) string {
	what := "unknown key"
	if _, ok := v.(map[string]any); ok {
		what = "unknown section"
	}
	if near := nearest(k, names); near != "" {
		return fmt.Sprintf("%s; did you mean %s?", what, near)
	}
	if prefix == "" {
		return fmt.Sprintf("%s (the sections are %s)", what, strings.Join(names, ", "))
	}
	return fmt.Sprintf("%s ([%s] takes %s)", what, strings.TrimSuffix(prefix, "."), strings.Join(names, ", "))
}

// nearest returns the name closest to k by edit distance, if it is close
// enough to be a slip of the keyboard rather than another word.
func nearest(k string, names []string) string {
	best, bestD := "", 0
	for _, n := range names {
		d := editDistance(strings.ToLower(k), n)
		if best == "" || d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" || bestD > max(1, min(len(k), len(best))/3) {
		return ""
	}
	return best
}

// editDistance is the Damerau–Levenshtein distance (optimal string
// alignment): a swapped pair of letters is one slip, as typists make it.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range rb {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// isText says whether values of t are written as text in quotes: strings,
// and types that parse themselves from text.
func isText(t reflect.Type) bool {
	return t.Kind() == reflect.String || reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
}

// mismatch says what a value of type t is written as, in the operator's
// words, when v is not one; "" when v fits.
func mismatch(t reflect.Type, v any) string {
	if isText(t) {
		if _, ok := v.(string); !ok {
			return "text in quotes"
		}
		return ""
	}
	switch t.Kind() {
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			return "true or false"
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if _, ok := v.(int64); !ok {
			return "a whole number"
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n, ok := v.(int64); !ok || n < 0 {
			return "a whole number, 0 or more"
		}
	case reflect.Float32, reflect.Float64:
		switch v.(type) {
		case int64, float64:
		default:
			return "a number"
		}
	case reflect.Map:
		if _, ok := v.(map[string]any); !ok {
			return "a section"
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return listOf(t.Elem())
		}
		for _, e := range list {
			if mismatch(t.Elem(), e) != "" {
				return listOf(t.Elem())
			}
		}
	}
	return ""
}

func listOf(t reflect.Type) string {
	switch {
	case isText(t):
		return `a list of text in quotes, like ["a", "b"]`
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		return "a list of numbers, like [0.5, 1]"
	case t.Kind() == reflect.Bool:
		return "a list of true or false, like [true, false]"
	default:
		return "a list of whole numbers, like [1, 2]"
	}
}

// describe shows a value as it was written in the file.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case map[string]any:
		return "a section"
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = describe(e)
		}
		s := "[" + strings.Join(parts, ", ") + "]"
		if len(s) > 60 {
			s = s[:57] + "...]"
		}
		return s
	default:
		return fmt.Sprint(v)
	}
}

// kind names the kind of a value without showing it.
func kind(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case bool:
		return "true or false"
	case int64, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "a section"
	default:
		return "a date or time"
	}
}

// keyLines maps each key of the document ("answers.threshold", and each
// section "answers") to the line it is written on.
func keyLines(raw []byte) map[string]int {
	lines := map[string]int{}
	var p unstable.Parser
	p.Reset(raw)
	var table []string
	path := func(n *unstable.Node) ([]string, int) {
		var parts []string
		line := 0
		for it := n.Key(); it.Next(); {
			k := it.Node()
			parts = append(parts, string(k.Data))
			if line == 0 {
				line = p.Shape(k.Raw).Start.Line
			}
		}
		return parts, line
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			parts, line := path(e)
			table = parts
			if _, seen := lines[strings.Join(parts, ".")]; !seen {
				lines[strings.Join(parts, ".")] = line
			}
		case unstable.KeyValue:
			parts, line := path(e)
			full := append(slices.Clone(table), parts...)
			for i := range full {
				// a dotted key (answers.threshold = 1) names its section too
				k := strings.Join(full[:i+1], ".")
				if _, seen := lines[k]; !seen {
					lines[k] = line
				}
			}
		}
	}
	return lines
}

// sortProblems puts problems in the order of the file, then the rest by key.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if (a.Line == 0) != (b.Line == 0) {
			return a.Line != 0
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Key < b.Key
	})
}
