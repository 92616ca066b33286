package knowledge

import (
	"bytes"

	"github.com/pelletier/go-toml/v2/unstable"
)

// packLines says on which line of pack.toml each part of the pack is
// written, so that every problem names a line a curator can go to. The
// decoder gives values, not places; the file is read a second time, as
// plain TOML, for them.
type packLines struct {
	meta     tableLines
	entries  []tableLines // in the file's order, as the pack's entries
	synonyms []tableLines
	usage    tableLines // [usage] (usage.go)
	// end is the file's last line: where what is missing would go.
	end int
}

// tableLines are the lines of one table ([meta], one [[entry]] or one
// [[synonym]]): its header, each key, and each element of an array
// ("cite", "phrasings", "aliases").
type tableLines struct {
	header int
	keys   map[string]int
	items  map[string][]int
}

// line is the line of the i-th element of key's array, else of key, else
// of the table's header; i < 0 asks for the key.
func (t tableLines) line(key string, i int) int {
	if i >= 0 && i < len(t.items[key]) {
		return t.items[key][i]
	}
	if n, ok := t.keys[key]; ok {
		return n
	}
	return t.header
}

// readPackLines reads where the tables and keys of raw are. A file that is
// not TOML is never read for its lines: its syntax error is its problem.
func readPackLines(raw []byte) packLines {
	pl := packLines{end: max(1, bytes.Count(bytes.TrimRight(raw, "\n"), []byte("\n"))+1)}
	var p unstable.Parser
	p.Reset(raw)
	line := func(n *unstable.Node) int { return p.Shape(n.Raw).Start.Line }
	cur := &pl.meta
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			name, at := "", 0
			for it := e.Key(); it.Next(); {
				if at == 0 {
					at = line(it.Node())
				}
				name += string(it.Node().Data)
			}
			t := tableLines{header: at, keys: map[string]int{}, items: map[string][]int{}}
			switch {
			case e.Kind == unstable.ArrayTable && name == "entry":
				pl.entries = append(pl.entries, t)
				cur = &pl.entries[len(pl.entries)-1]
			case e.Kind == unstable.ArrayTable && name == "synonym":
				pl.synonyms = append(pl.synonyms, t)
				cur = &pl.synonyms[len(pl.synonyms)-1]
			case name == "meta":
				pl.meta = t
				cur = &pl.meta
			case e.Kind == unstable.Table && name == "usage":
				pl.usage = t
				cur = &pl.usage
			default:
				cur = &tableLines{} // an unknown table: its keys are problems of their own
			}
		case unstable.KeyValue:
			if cur.keys == nil {
				continue // a key before any table
			}
			it := e.Key()
			if !it.Next() {
				continue
			}
			k := it.Node()
			key := string(k.Data)
			cur.keys[key] = line(k)
			if v := e.Value(); v.Kind == unstable.Array {
				for el := v.Children(); el.Next(); {
					if n := el.Node(); n.Kind != unstable.Comment {
						cur.items[key] = append(cur.items[key], line(n))
					}
				}
			}
		}
	}
	return pl
}

// entry returns the lines of the i-th entry (none, if the file has fewer).
func (pl packLines) entry(i int) tableLines {
	if i < len(pl.entries) {
		return pl.entries[i]
	}
	return tableLines{header: pl.end}
}

// synonym returns the lines of the i-th synonym group.
func (pl packLines) synonym(i int) tableLines {
	if i < len(pl.synonyms) {
		return pl.synonyms[i]
	}
	return tableLines{header: pl.end}
}
