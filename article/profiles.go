package article

import (
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/newsdump/newsdump/boilerplate"
)

// profileFor returns the HTML profile of a page's host, or nil: the
// profile one of whose hosts is the host or a domain of it.
func profileFor(profiles []boilerplate.HTMLProfile, host string) *boilerplate.HTMLProfile {
	host = strings.TrimPrefix(host, "www.")
	for i := range profiles {
		for _, h := range profiles[i].Hosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				return &profiles[i]
			}
		}
	}
	return nil
}

// profileMarks evaluates a profile on a page: the elements its Root
// selects, and for each element a rule selects, the rule (the first that
// selects it). A selector that does not compile selects nothing
// (TestHTMLProfilesCompile checks the profiles shipped).
func profileMarks(p *boilerplate.HTMLProfile, root *html.Node) (roots map[*html.Node]bool, rules map[*html.Node]*boilerplate.HTMLRule) {
	roots, rules = map[*html.Node]bool{}, map[*html.Node]*boilerplate.HTMLRule{}
	if p.Root != "" {
		if sel, err := cascadia.Compile(p.Root); err == nil {
			for _, n := range sel.MatchAll(root) {
				roots[n] = true
			}
		}
	}
	for i := range p.Rules {
		sel, err := cascadia.Compile(p.Rules[i].Selector)
		if err != nil {
			continue
		}
		for _, n := range sel.MatchAll(root) {
			if rules[n] == nil {
				rules[n] = &p.Rules[i]
			}
		}
	}
	return roots, rules
}
