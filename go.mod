module github.com/newsdump/newsdump

go 1.24.0

require (
	github.com/google/go-cmp v0.7.0 // indirect
	golang.org/x/text v0.34.0 // indirect
)
