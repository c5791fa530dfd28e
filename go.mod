module github.com/newsdump/newsdump

go 1.25.0

require (
	github.com/PuerkitoBio/goquery v1.10.3
	github.com/google/go-cmp v0.7.0
	golang.org/x/net v0.58.0
	golang.org/x/text v0.41.0
)

require github.com/andybalholm/cascadia v1.3.3
