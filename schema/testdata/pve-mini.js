const apiSchema = [
   {
      "children" : [
         {
            "children" : [
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Get virtual machine status. Returns the runtime state.",
                        "method" : "GET",
                        "name" : "vm_status",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "node" : {
                                 "description" : "The cluster node name.",
                                 "format" : "pve-node",
                                 "type" : "string",
                                 "typetext" : "<string>"
                              },
                              "vmid" : {
                                 "description" : "The (unique) ID of the VM.",
                                 "format" : "pve-vmid",
                                 "minimum" : 100,
                                 "maximum" : 999999999,
                                 "type" : "integer",
                                 "typetext" : "<integer> (100 - 999999999)"
                              }
                           }
                        },
                        "permissions" : {
                           "check" : [
                              "perm",
                              "/vms/{vmid}",
                              [
                                 "VM.Audit"
                              ]
                           ]
                        },
                        "proxyto" : "node",
                        "returns" : {
                           "additionalProperties" : 1,
                           "properties" : {
                              "status" : {
                                 "description" : "QEMU process status.",
                                 "enum" : [
                                    "stopped",
                                    "running"
                                 ],
                                 "type" : "string"
                              },
                              "template" : {
                                 "description" : "Determines if the guest is a template.",
                                 "optional" : 1,
                                 "type" : "boolean"
                              },
                              "cpus" : {
                                 "optional" : 1,
                                 "type" : "number"
                              }
                           },
                           "type" : "object"
                        }
                     }
                  },
                  "leaf" : 1,
                  "path" : "/nodes/{node}/qemu/{vmid}/status/current",
                  "text" : "current"
               },
               {
                  "info" : {
                     "POST" : {
                        "allowtoken" : 1,
                        "description" : "Start virtual machine.",
                        "method" : "POST",
                        "name" : "vm_start",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "node" : {
                                 "description" : "The cluster node name.",
                                 "format" : "pve-node",
                                 "type" : "string"
                              },
                              "vmid" : {
                                 "description" : "The (unique) ID of the VM.",
                                 "minimum" : 100,
                                 "type" : "integer"
                              },
                              "skiplock" : {
                                 "description" : "Ignore locks - only root is allowed to use this option.",
                                 "optional" : 1,
                                 "type" : "boolean",
                                 "default" : 0
                              },
                              "timeout" : {
                                 "description" : "Wait maximal timeout seconds.",
                                 "optional" : 1,
                                 "minimum" : 0,
                                 "type" : "integer",
                                 "default" : "300"
                              },
                              "migratedfrom" : {
                                 "description" : "The cluster node name.",
                                 "optional" : 1,
                                 "pattern" : "(?^i:[a-z0-9][a-z0-9\\-]*)",
                                 "requires" : "skiplock",
                                 "type" : "string"
                              }
                           }
                        },
                        "permissions" : {
                           "check" : [
                              "perm",
                              "/vms/{vmid}",
                              [
                                 "VM.PowerMgmt"
                              ]
                           ]
                        },
                        "protected" : 1,
                        "returns" : {
                           "type" : "string"
                        }
                     }
                  },
                  "leaf" : 1,
                  "path" : "/nodes/{node}/qemu/{vmid}/status/start",
                  "text" : "start"
               }
            ],
            "info" : {
               "POST" : {
                  "allowtoken" : 1,
                  "description" : "Set virtual machine options (asynchronous API).",
                  "method" : "POST",
                  "name" : "update_vm_async",
                  "parameters" : {
                     "additionalProperties" : 0,
                     "properties" : {
                        "node" : {
                           "description" : "The cluster node name.",
                           "type" : "string"
                        },
                        "vmid" : {
                           "description" : "The (unique) ID of the VM.",
                           "type" : "integer"
                        },
                        "net[n]" : {
                           "description" : "Specify network devices (n is 0 to 3)",
                           "format" : {
                              "model" : {
                                 "default_key" : 1,
                                 "description" : "Network Card Model.",
                                 "enum" : [
                                    "e1000",
                                    "virtio"
                                 ],
                                 "type" : "string"
                              },
                              "virtio" : {
                                 "alias" : "macaddr",
                                 "keyAlias" : "model"
                              },
                              "bridge" : {
                                 "description" : "Bridge to attach the network device to.",
                                 "optional" : 1,
                                 "type" : "string"
                              },
                              "firewall" : {
                                 "description" : "Whether this interface should be protected by the firewall.",
                                 "optional" : 1,
                                 "type" : "boolean"
                              },
                              "macaddr" : {
                                 "description" : "MAC address.",
                                 "optional" : 1,
                                 "type" : "string",
                                 "format_description" : "XX:XX:XX:XX:XX:XX"
                              }
                           },
                           "optional" : 1,
                           "type" : "string",
                           "typetext" : "[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>]"
                        },
                        "tags" : {
                           "description" : "Tags of the VM.",
                           "optional" : 1,
                           "pattern" : "[0-9a-zA-Z!=]{0,4096}",
                           "type" : "string"
                        },
                        "delete" : {
                           "description" : "A list of settings you want to delete.",
                           "optional" : 1,
                           "type" : "string",
                           "format" : "pve-configid-list"
                        }
                     }
                  },
                  "permissions" : {
                     "check" : [
                        "or",
                        [
                           "perm",
                           "/vms/{vmid}",
                           [
                              "VM.Config.Network",
                              "VM.Config.Options"
                           ],
                           "any",
                           1
                        ],
                        [
                           "and",
                           [
                              "perm",
                              "/",
                              [
                                 "Sys.Modify"
                              ]
                           ],
                           [
                              "userid-param",
                              "self"
                           ]
                        ]
                     ]
                  },
                  "protected" : 1,
                  "returns" : {
                     "optional" : 1,
                     "type" : "string"
                  }
               }
            },
            "leaf" : 0,
            "path" : "/nodes/{node}/qemu/{vmid}/config",
            "text" : "config"
         },
         {
            "info" : {
               "GET" : {
                  "allowtoken" : 1,
                  "description" : "Cluster node index.",
                  "method" : "GET",
                  "name" : "index",
                  "parameters" : {
                     "additionalProperties" : 0
                  },
                  "permissions" : {
                     "user" : "all"
                  },
                  "returns" : {
                     "items" : {
                        "properties" : {
                           "node" : {
                              "description" : "The cluster node name.",
                              "type" : "string"
                           },
                           "status" : {
                              "enum" : [
                                 "unknown",
                                 "online",
                                 "offline"
                              ],
                              "type" : "string"
                           }
                        },
                        "type" : "object"
                     },
                     "links" : [
                        {
                           "href" : "{node}",
                           "rel" : "child"
                        }
                     ],
                     "type" : "array"
                  }
               }
            },
            "leaf" : 0,
            "path" : "/nodes",
            "text" : "nodes"
         }
      ],
      "info" : {
         "POST" : {
            "allowtoken" : 0,
            "description" : "Create or verify authentication ticket.",
            "method" : "POST",
            "name" : "create_ticket",
            "parameters" : {
               "additionalProperties" : 0,
               "properties" : {
                  "username" : {
                     "description" : "User name",
                     "maxLength" : 64,
                     "type" : "string"
                  },
                  "password" : {
                     "description" : "The secret password.",
                     "type" : "string"
                  }
               }
            },
            "permissions" : {
               "description" : "You need to pass valid credientials.",
               "user" : "world"
            },
            "protected" : 1,
            "returns" : {
               "properties" : {
                  "ticket" : {
                     "optional" : 1,
                     "type" : "string"
                  }
               },
               "type" : "object"
            }
         },
         "GET" : {
            "allowtoken" : 1,
            "description" : "Export metrics.",
            "expose_credentials" : 1,
            "method" : "GET",
            "name" : "export",
            "parameters" : {
               "additionalProperties" : 0,
               "properties" : {
                  "history" : {
                     "default" : 0,
                     "description" : "Also return historic values.",
                     "optional" : 1,
                     "type" : "boolean"
                  }
               }
            },
            "returns" : {
               "type" : "null"
            }
         }
      },
      "leaf" : 0,
      "path" : "/access/ticket",
      "text" : "ticket"
   }
]
;
let method2cmd = {
    GET: 'get',
    POST: 'create',
    PUT: 'set',
    DELETE: 'delete'
};
