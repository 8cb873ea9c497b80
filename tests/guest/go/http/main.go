// http: net/http from a FreeBSD or NetBSD program, over TCP on loopback.
//
//	go-http serve ADDR PORTFILE  listen on ADDR (port 0: any), write the
//	                             port to PORTFILE, answer one GET of /
//	                             with "hello from GOOS", then exit
//	go-http get URL              fetch URL; print the status and body
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
)

func serve(addr, portfile string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	done := make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(
		func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "hello from "+runtime.GOOS)
			close(done)
		})}
	go srv.Serve(ln)
	if err := os.WriteFile(portfile+".tmp", []byte(strconv.Itoa(port)), 0644); err != nil {
		return err
	}
	if err := os.Rename(portfile+".tmp", portfile); err != nil {
		return err
	}
	<-done
	return srv.Shutdown(context.Background())
}

func get(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	fmt.Printf("%d %s\n", resp.StatusCode, body)
	return nil
}

func main() {
	var err error
	switch {
	case len(os.Args) == 4 && os.Args[1] == "serve":
		err = serve(os.Args[2], os.Args[3])
	case len(os.Args) == 3 && os.Args[1] == "get":
		err = get(os.Args[2])
	default:
		err = fmt.Errorf("usage: go-http serve ADDR PORTFILE | get URL")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
