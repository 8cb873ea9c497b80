// files: create, write, read, stat, list, rename and remove a file in a
// directory (open's flags, fstat and fstatat in FreeBSD 12's struct stat,
// getdirentries).
package main

import (
	"fmt"
	"os"
)

func check(err error) {
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}

func main() {
	dir := os.Args[1]
	a, b := dir+"/a.txt", dir+"/b.txt"
	f, err := os.OpenFile(a, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0640)
	check(err)
	_, err = f.WriteString("hello, file\n")
	check(err)
	fi, err := f.Stat()
	check(err)
	fmt.Printf("fstat size %d mode %v\n", fi.Size(), fi.Mode())
	check(f.Close())
	_, err = os.OpenFile(a, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0640)
	fmt.Printf("exclusive again: %v\n", os.IsExist(err))

	names, err := os.ReadDir(dir)
	check(err)
	for _, e := range names {
		fmt.Printf("entry %s dir %v\n", e.Name(), e.IsDir())
	}
	check(os.Rename(a, b))
	data, err := os.ReadFile(b)
	check(err)
	fmt.Printf("read %q\n", data)
	fi, err = os.Stat(b)
	check(err)
	fmt.Printf("stat %s size %d regular %v\n", fi.Name(), fi.Size(), fi.Mode().IsRegular())
	_, err = os.Stat(a)
	fmt.Printf("old name gone: %v\n", os.IsNotExist(err))
	check(os.Remove(b))
	_, err = os.Stat(b)
	fmt.Printf("removed: %v\n", os.IsNotExist(err))
}
