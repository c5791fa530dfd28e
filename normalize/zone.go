package normalize

import (
	_ "embed"
	"sync"
	"time"
)

// berlinTZ is the zone information of Europe/Berlin from the IANA time zone
// database (public domain), so that German times resolve the same on every
// machine, with or without a zone database.
//
//go:embed zoneinfo/Europe_Berlin
var berlinTZ []byte

// berlin returns the zone Europe/Berlin.
var berlin = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocationFromTZData("Europe/Berlin", berlinTZ)
	if err != nil {
		panic("normalize: the embedded zone Europe/Berlin is damaged: " + err.Error())
	}
	return loc
})
