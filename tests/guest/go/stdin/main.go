// stdin: read standard input to EOF and report its length and checksum.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Printf("%d bytes sha256 %x\n", len(data), sha256.Sum256(data))
}
