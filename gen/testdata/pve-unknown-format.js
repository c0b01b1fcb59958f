const apiSchema = [
   {
      "children" : [
         {
            "info" : {
               "PUT" : {
                  "allowtoken" : 1,
                  "description" : "Set a thing of a future release.",
                  "method" : "PUT",
                  "name" : "set_thing",
                  "parameters" : {
                     "additionalProperties" : 0,
                     "properties" : {
                        "node" : {
                           "description" : "The cluster node name.",
                           "format" : "pve-node",
                           "type" : "string"
                        },
                        "thing" : {
                           "description" : "A value in a format this registry does not know.",
                           "format" : "pve-future-thing",
                           "maxLength" : 16,
                           "type" : "string"
                        },
                        "things" : {
                           "description" : "A list of them.",
                           "format" : "pve-future-thing-list",
                           "optional" : 1,
                           "type" : "string"
                        },
                        "opts" : {
                           "description" : "A property string with a key in the unknown format.",
                           "format" : {
                              "gadget" : {
                                 "description" : "The gadget.",
                                 "format" : "pve-future-thing",
                                 "optional" : 1,
                                 "type" : "string"
                              }
                           },
                           "optional" : 1,
                           "type" : "string"
                        }
                     }
                  },
                  "permissions" : {
                     "user" : "all"
                  },
                  "returns" : {
                     "type" : "null"
                  }
               }
            },
            "leaf" : 1,
            "path" : "/nodes/{node}/thing",
            "text" : "thing"
         }
      ],
      "leaf" : 0,
      "path" : "/nodes",
      "text" : "nodes"
   }
]
;
