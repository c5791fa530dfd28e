package normalize

import "github.com/newsdump/newsdump/internal/enum"

// Precision says how precisely a date expression names a time. The zero
// value, PrecisionNone, means nothing is known.
type Precision uint8

// The precisions, finest first. PrecisionSpan is for expressions that name a stretch
// of time coarser than a day but not a calendar unit, such as "Mitte März" or
// "over the weekend"; [Date.End] then gives its end.
const (
	PrecisionNone Precision = iota
	PrecisionSecond
	PrecisionMinute
	PrecisionHour
	PrecisionDay
	PrecisionWeek
	PrecisionMonth
	PrecisionYear
	PrecisionSpan
)

var precisionNames = enum.Names[Precision]{Pkg: "normalize", Type: "Precision", What: "precision",
	List: []string{"", "second", "minute", "hour", "day", "week", "month", "year", "span"}}

// String returns the precision's name: "second", "minute", "hour", "day",
// "week", "month", "year", "span", or "" for PrecisionNone.
func (p Precision) String() string { return precisionNames.String(p) }

// MarshalText encodes the precision as its name.
func (p Precision) MarshalText() ([]byte, error) { return precisionNames.Marshal(p) }

// UnmarshalText decodes a precision from its name.
func (p *Precision) UnmarshalText(b []byte) (err error) {
	*p, err = precisionNames.Unmarshal(b)
	return err
}
