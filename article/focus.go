package article

import "github.com/newsdump/newsdump/internal/enum"

// Focus chooses between precision and recall where the main text's edge
// is uncertain, as trafilatura's favor_precision and favor_recall do.
type Focus uint8

const (
	// Balanced is the default: the rules as the project measures them.
	Balanced Focus = iota
	// Precision keeps less around the text: a body line of fewer than 15
	// words that ends no sentence and is no heading, before the first
	// paragraph of 25 words or after the last, is removed
	// (focus/short-line): a kicker, a promo, a sign-off; and a page's
	// block whose text is half links is a link list.
	Precision
	// Recall keeps more: any block or line the classifier judged only by
	// its place is text when it has six words or more and is not mostly
	// links.
	Recall
)

var focusNames = enum.Names[Focus]{Pkg: "article", Type: "Focus", What: "focus",
	List: []string{"balanced", "precision", "recall"}}

// String returns the focus's name.
func (f Focus) String() string { return focusNames.String(f) }

// MarshalText encodes the focus as its name.
func (f Focus) MarshalText() ([]byte, error) { return focusNames.Marshal(f) }

// UnmarshalText decodes a focus from its name.
func (f *Focus) UnmarshalText(b []byte) (err error) {
	*f, err = focusNames.Unmarshal(b)
	return err
}

// RuleShortLine is the rule of a short body line that Precision removes.
const RuleShortLine = "focus/short-line"
