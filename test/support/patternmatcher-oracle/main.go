// The reference for test/tag/dockerignore-go.test.ts: Debian's moby/patternmatcher (the Go
// library BuildKit and the Docker CLI use), with upstream's ignorefile.ReadAll copied in
// (the Debian package predates it) and the whole-pattern syntax check that current Go's
// filepath.Match makes (Debian's Go may predate it). Reads cases as JSON on stdin, writes
// verdicts as JSON on stdout.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/moby/patternmatcher"
)

type input struct {
	Text  string   `json:"text"`
	Paths []string `json:"paths"`
}

type output struct {
	Patterns []string `json:"patterns"`
	// Index (in Patterns) of the first pattern Go refuses, or -1.
	Invalid int `json:"invalid"`
	// fsutil's walk: MatchesUsingParentResults, each folder's MatchInfo passed to its entries.
	Walk []bool `json:"walk"`
	// MatchesOrParentMatches.
	OrParent []bool `json:"orParent"`
}

// ReadAll is moby/patternmatcher ignorefile.ReadAll (upstream, v0.6.x), verbatim.
func ReadAll(reader io.Reader) ([]string, error) {
	if reader == nil {
		return nil, nil
	}

	var excludes []string
	currentLine := 0
	utf8bom := []byte{0xEF, 0xBB, 0xBF}

	scanner := bufio.NewScanner(reader)
	for scanner.Scan() {
		scannedBytes := scanner.Bytes()
		// We trim UTF8 BOM
		if currentLine == 0 {
			scannedBytes = bytes.TrimPrefix(scannedBytes, utf8bom)
		}
		pattern := string(scannedBytes)
		currentLine++
		// Lines starting with # (comments) are ignored before processing
		if strings.HasPrefix(pattern, "#") {
			continue
		}
		pattern = strings.TrimSpace(pattern)
		if pattern == "" {
			continue
		}
		// normalize absolute paths to paths relative to the context
		// (taking care of '!' prefix)
		invert := pattern[0] == '!'
		if invert {
			pattern = strings.TrimSpace(pattern[1:])
		}
		if len(pattern) > 0 {
			pattern = filepath.Clean(pattern)
			pattern = filepath.ToSlash(pattern)
			if len(pattern) > 1 && pattern[0] == '/' {
				pattern = pattern[1:]
			}
		}
		if invert {
			pattern = "!" + pattern
		}

		excludes = append(excludes, pattern)
	}
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	return excludes, nil
}

// modernMatch is Go's path/filepath.Match as of Go 1.20+ (Unix): it checks the rest of the
// pattern before returning false.
func modernMatch(pattern, name string) (matched bool, err error) {
Pattern:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			return !strings.Contains(name, "/"), nil
		}
		t, ok, err := matchChunk(chunk, name)
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue
					}
					name = t
					continue Pattern
				}
				if err != nil {
					return false, err
				}
			}
		}
		// Before returning false with no error,
		// check that the remainder of the pattern is syntactically valid.
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inrange := false
	var i int
Scan:
	for i = 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inrange = true
		case ']':
			inrange = false
		case '*':
			if !inrange {
				break Scan
			}
		}
	}
	return star, pattern[0:i], pattern[i:]
}

func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			nrange := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = getEsc(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = getEsc(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
				nrange++
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, filepath.ErrBadPattern
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

func getEsc(chunk string) (r rune, nchunk string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		err = filepath.ErrBadPattern
		return
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			err = filepath.ErrBadPattern
			return
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = filepath.ErrBadPattern
	}
	nchunk = chunk[n:]
	if len(nchunk) == 0 {
		err = filepath.ErrBadPattern
	}
	return
}

// valid reports whether Go accepts one pattern: New takes it, current Go's filepath.Match
// takes it, and its regexp compiles (a fresh matcher each time: v0.5.0 panics on a second
// use of a pattern whose regexp failed).
func valid(p string) bool {
	pm, err := patternmatcher.New([]string{p})
	if err != nil {
		return false
	}
	if len(pm.Patterns()) == 0 {
		return true
	}
	pat := pm.Patterns()[0]
	if _, err := modernMatch(pat.String(), "."); err != nil {
		return false
	}
	// An exclusion is evaluated only once something matched.
	if _, err := pm.MatchesUsingParentResult("x", pat.Exclusion()); err != nil {
		return false
	}
	return true
}

func main() {
	var cases []input
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	outs := make([]output, 0, len(cases))
	for _, c := range cases {
		patterns, err := ReadAll(strings.NewReader(c.Text))
		if err != nil {
			panic(err)
		}
		out := output{Patterns: patterns, Invalid: -1}
		if patterns == nil {
			out.Patterns = []string{}
		}
		for i, p := range patterns {
			if !valid(p) {
				out.Invalid = i
				break
			}
		}
		if out.Invalid < 0 {
			pm, err := patternmatcher.New(patterns)
			if err != nil {
				panic(err)
			}
			for _, path := range c.Paths {
				walk, err := walkVerdict(pm, path)
				if err != nil {
					panic(err)
				}
				orParent, err := pm.MatchesOrParentMatches(path)
				if err != nil {
					panic(err)
				}
				out.Walk = append(out.Walk, walk)
				out.OrParent = append(out.OrParent, orParent)
			}
		}
		outs = append(outs, out)
	}
	if err := json.NewEncoder(os.Stdout).Encode(outs); err != nil {
		panic(err)
	}
}

// walkVerdict decides path as fsutil's filtered walk does: each ancestor folder, top first,
// gets MatchesUsingParentResults with its parent's MatchInfo (the zero value at the top).
func walkVerdict(pm *patternmatcher.PatternMatcher, path string) (bool, error) {
	parts := strings.Split(path, "/")
	var info patternmatcher.MatchInfo
	for i := 1; i < len(parts); i++ {
		var err error
		_, info, err = pm.MatchesUsingParentResults(strings.Join(parts[:i], "/"), info)
		if err != nil {
			return false, err
		}
	}
	m, _, err := pm.MatchesUsingParentResults(path, info)
	if err != nil {
		return false, err
	}
	return m, nil
}
