package normalize

// A Normalizer cleans the text of German and English news and counts what
// it changes. Its zero value applies every step with the defaults described
// at each method; the fields leave steps out or change them.
//
// A Normalizer keeps counts, so it is not safe for concurrent use: give
// each goroutine its own, as for the transformers of golang.org/x/text.
type Normalizer struct {
	// FoldNoBreak folds every no-break space (U+00A0, U+202F) to a plain
	// one; by default one that binds a number or an abbreviation to the
	// next word ("17 Kommentare", "z. B.") is kept.
	FoldNoBreak bool

	// KeepEntities leaves HTML character references as written.
	KeepEntities bool

	// KeepMojibake leaves text that looks mis-read as written.
	KeepMojibake bool

	// Counts adds up what the Normalizer has changed since it was made or
	// last reset.
	Counts Counts
}

// Counts says how many changes of each kind a [Normalizer] made.
type Counts struct {
	Entities  int `json:"entities,omitempty"`  // HTML character references decoded
	Mojibake  int `json:"mojibake,omitempty"`  // characters restored from mis-read UTF-8
	Invisible int `json:"invisible,omitempty"` // soft hyphens, zero-width and control characters removed
	Folded    int `json:"folded,omitempty"`    // ligatures, full-width forms and (by option) no-break spaces folded
}

// Add adds the counts of c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Entities += c2.Entities
	c.Mojibake += c2.Mojibake
	c.Invisible += c2.Invisible
	c.Folded += c2.Folded
}

// Reset sets the counts to zero.
func (n *Normalizer) Reset() {
	n.Counts = Counts{}
}
