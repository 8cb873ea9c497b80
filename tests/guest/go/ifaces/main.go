// ifaces: the network interfaces as Go's net package lists them (on
// FreeBSD, from the routing sysctls NET_RT_IFLIST and NET_RT_IFMALIST),
// one line per interface, address and multicast group:
//
//	if NAME INDEX MTU FLAGS HWADDR
//	addr NAME ADDRESS/PREFIX
//	group NAME ADDRESS
//
// and "byindex ok" / "byname ok" when InterfaceByIndex and
// InterfaceByName agree with the list.
package main

import (
	"fmt"
	"net"
	"os"
	"reflect"
)

func main() {
	ift, err := net.Interfaces()
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	agree := true
	for _, ifi := range ift {
		fmt.Printf("if %s %d %d %v %v\n", ifi.Name, ifi.Index, ifi.MTU, ifi.Flags, ifi.HardwareAddr)
		bi, err := net.InterfaceByIndex(ifi.Index)
		bn, err2 := net.InterfaceByName(ifi.Name)
		if err != nil || err2 != nil || !reflect.DeepEqual(bi, &ifi) || !reflect.DeepEqual(bn, &ifi) {
			agree = false
		}
		addrs, err := ifi.Addrs()
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		for _, a := range addrs {
			fmt.Printf("addr %s %v\n", ifi.Name, a)
		}
		groups, err := ifi.MulticastAddrs()
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		for _, g := range groups {
			fmt.Printf("group %s %v\n", ifi.Name, g)
		}
	}
	fmt.Println("agree", agree)
	if _, err := net.InterfaceByIndex(9999); err == nil {
		fmt.Println("index 9999 found")
	}
}
