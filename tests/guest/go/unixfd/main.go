// unixfd: a descriptor passed over a Unix socket (SCM_RIGHTS) between
// FreeBSD or NetBSD programs.
//
//	go-unixfd serve PATH      accept one connection on PATH; read a
//	                          message and the descriptor it carries, and
//	                          answer "MSG: " and what the descriptor reads
//	go-unixfd send PATH FILE MSG  send MSG with FILE's descriptor; print
//	                          the answer
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
)

func serve(path string) error {
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return err
	}
	c, err := ln.AcceptUnix()
	if err != nil {
		return err
	}
	defer c.Close()
	buf := make([]byte, 64)
	oob := make([]byte, syscall.CmsgSpace(4))
	n, oobn, _, _, err := c.ReadMsgUnix(buf, oob)
	if err != nil {
		return err
	}
	msgs, err := syscall.ParseSocketControlMessage(oob[:oobn])
	if err != nil {
		return err
	}
	if len(msgs) != 1 {
		return fmt.Errorf("%d control messages", len(msgs))
	}
	fds, err := syscall.ParseUnixRights(&msgs[0])
	if err != nil {
		return err
	}
	f := os.NewFile(uintptr(fds[0]), "passed")
	data, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(c, "%s: %s", buf[:n], data)
	return err
}

func send(path, file, msg string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	c, err := net.DialUnix("unix", nil, &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		return err
	}
	defer c.Close()
	if _, _, err := c.WriteMsgUnix([]byte(msg), syscall.UnixRights(int(f.Fd())), nil); err != nil {
		return err
	}
	if peer := c.RemoteAddr().String(); peer != path {
		return fmt.Errorf("peer %q", peer)
	}
	reply, err := io.ReadAll(c)
	if err != nil {
		return err
	}
	fmt.Println(string(reply))
	return nil
}

func main() {
	var err error
	switch {
	case len(os.Args) == 3 && os.Args[1] == "serve":
		err = serve(os.Args[2])
	case len(os.Args) == 5 && os.Args[1] == "send":
		err = send(os.Args[2], os.Args[3], os.Args[4])
	default:
		err = fmt.Errorf("usage: go-unixfd serve PATH | send PATH FILE MSG")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
