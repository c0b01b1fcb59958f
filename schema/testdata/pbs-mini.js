var apiSchema = [
  {
    "children": [
      {
        "info": {
          "GET": {
            "description": "Directory index.",
            "method": "GET",
            "parameters": {
              "additionalProperties": true,
              "description": "Directory index.",
              "properties": {}
            },
            "permissions": {
              "user": "all"
            },
            "returns": {
              "description": "Directory index.",
              "items": {
                "additionalProperties": true,
                "description": "Directory entry.",
                "type": "object"
              },
              "type": "array"
            },
            "unstable": false
          }
        },
        "leaf": 0,
        "path": "/admin/datastore/{store}",
        "text": "{store}"
      },
      {
        "info": {
          "GET": {
            "description": "Download single raw file from backup snapshot.",
            "method": "DOWNLOAD",
            "parameters": {
              "additionalProperties": false,
              "properties": {
                "store": {
                  "description": "Datastore name.",
                  "maxLength": 32,
                  "minLength": 3,
                  "pattern": "/^(?:[A-Za-z0-9_][A-Za-z0-9._\\-]*)$/",
                  "type": "string"
                },
                "file-name": {
                  "description": "Backup archive name.",
                  "pattern": "/^[^/\\\\]+\\.(?:pxar|img|conf|log)(?:\\.didx|\\.fidx|\\.blob)$/",
                  "type": "string"
                },
                "backup-time": {
                  "description": "Backup time (Unix epoch.)",
                  "minimum": 1,
                  "type": "integer"
                }
              }
            },
            "permissions": {
              "check": {
                "partial": false,
                "path": [
                  "datastore",
                  "{store}"
                ],
                "privs": [
                  "Datastore.Read",
                  "Datastore.Backup"
                ]
              },
              "description": "Requires on /datastore/{store} either DATASTORE_READ for any or DATASTORE_BACKUP and being the owner of the group"
            },
            "returns": {
              "type": "null"
            },
            "unstable": false
          }
        },
        "leaf": 1,
        "path": "/admin/datastore/{store}/download",
        "text": "download"
      },
      {
        "info": {
          "POST": {
            "description": "Create new datastore config.",
            "method": "POST",
            "parameters": {
              "additionalProperties": false,
              "description": "Datastore configuration properties.",
              "properties": {
                "name": {
                  "description": "Datastore name.",
                  "pattern": "/^(?:[A-Za-z0-9_][A-Za-z0-9._\\-]*)$/",
                  "type": "string"
                },
                "maintenance-mode": {
                  "description": "Maintenance mode, type is either 'offline' or 'read-only', message should be enclosed in \"",
                  "format": {
                    "additionalProperties": false,
                    "default_key": "type",
                    "description": "Maintenance type.",
                    "properties": {
                      "message": {
                        "description": "Reason for maintenance.",
                        "maxLength": 64,
                        "optional": 1,
                        "type": "string"
                      },
                      "type": {
                        "description": "Maintenance type.",
                        "enum": [
                          "read-only",
                          "offline"
                        ],
                        "type": "string"
                      }
                    },
                    "type": "object"
                  },
                  "optional": 1,
                  "type": "string",
                  "typetext": "[type=<enum> [,message=<string>]]"
                },
                "remove-vanished": {
                  "description": "A semicolon-separated list of things to remove.",
                  "format": {
                    "description": "Array of remove-vanished options",
                    "items": {
                      "enum": [
                        "acl",
                        "entry",
                        "properties"
                      ],
                      "type": "string"
                    },
                    "type": "array"
                  },
                  "optional": 1,
                  "type": "string",
                  "typetext": "[acl|entry|properties, ...]"
                },
                "gc-schedule": {
                  "description": "Run garbage collection job at specified schedule.",
                  "optional": 1,
                  "type": "string",
                  "typetext": "<calendar-event>",
                  "x-new-key": "a key this parser has never seen"
                },
                "tuning": {
                  "description": "A parameter whose schema uses composition.",
                  "optional": 1,
                  "allOf": [
                    {"type": "string"},
                    {"maxLength": 8}
                  ]
                },
                "mode": {
                  "description": "A parameter with alternatives.",
                  "optional": 1,
                  "anyOf": [
                    {"type": "string", "enum": ["a", "b"]},
                    {"type": "integer", "minimum": 0}
                  ]
                }
              }
            },
            "permissions": {
              "or": [
                {
                  "check": {
                    "partial": false,
                    "path": [
                      "datastore"
                    ],
                    "privs": [
                      "Datastore.Allocate"
                    ]
                  }
                },
                {
                  "userParam": "name"
                }
              ]
            },
            "returns": {
              "description": "Unique task identifier.",
              "type": "string"
            },
            "unstable": true
          }
        },
        "leaf": 1,
        "path": "/config/datastore",
        "text": "datastore"
      },
      {
        "info": {
          "GET": {
            "description": "Upgraded to backup protocol ('proxmox-backup-protocol-v1').",
            "method": "DOWNLOAD",
            "parameters": {
              "additionalProperties": false,
              "properties": {
                "store": {
                  "description": "Datastore name.",
                  "type": "string"
                }
              }
            },
            "permissions": {
              "description": "Requires on /datastore/{store} DATASTORE_BACKUP.",
              "user": "all"
            },
            "returns": {
              "type": "null"
            },
            "unstable": false
          }
        },
        "leaf": 1,
        "path": "/backup",
        "text": "backup"
      }
    ],
    "info": {},
    "leaf": 0,
    "path": "/admin",
    "text": "admin"
  }
];

const apiViewer = function() { return [1, 2]; };
