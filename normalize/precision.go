package normalize

import "fmt"

// Precision says how precisely a date expression names a time. The zero
// value, PrecisionNone, means nothing is known.
type Precision uint8

// The precisions, finest first. Span is for expressions that name a stretch
// of time coarser than a day but not a calendar unit, such as "Mitte März" or
// "over the weekend"; [Date.End] then gives its end.
const (
	PrecisionNone Precision = iota
	Second
	Minute
	Hour
	Day
	Week
	Month
	Year
	Span
)

var precisionNames = [...]string{"", "second", "minute", "hour", "day", "week", "month", "year", "span"}

// String returns the precision's name: "second", "minute", "hour", "day",
// "week", "month", "year", "span", or "" for PrecisionNone.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", uint8(p))
}

// MarshalText encodes the precision as its name.
func (p Precision) MarshalText() ([]byte, error) {
	if int(p) >= len(precisionNames) {
		return nil, fmt.Errorf("normalize: invalid precision %d", uint8(p))
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText decodes a precision from its name.
func (p *Precision) UnmarshalText(b []byte) error {
	for i, name := range precisionNames {
		if name == string(b) {
			*p = Precision(i)
			return nil
		}
	}
	return fmt.Errorf("normalize: unknown precision %q", b)
}
