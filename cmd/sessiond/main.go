// Command sessiond is a Session Node. See internal/cli for its commands.
package main

import (
	"context"
	"os"

	"github.com/sessiond/sessiond/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), os.Args[1:]))
}
