const apiSchema = [
   {
      "info" : {
         "GET" : {
            "allowtoken" : 1,
            "description" : "Adversarial naming case (root).",
            "method" : "GET",
            "name" : "case",
            "parameters" : {
               "additionalProperties" : 0,
               "properties" : {}
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
      "path" : "/",
      "text" : ""
   },
   {
      "children" : [
         {
            "children" : [
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "info" : {
                                       "DELETE" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (verb).",
                                          "method" : "DELETE",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "id" : {
                                                   "description" : "The {id} part of the path.",
                                                   "type" : "string"
                                                },
                                                "url_seq" : {
                                                   "description" : "The {url_seq} part of the path.",
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
                                       },
                                       "GET" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (verb).",
                                          "method" : "GET",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "id" : {
                                                   "description" : "The {id} part of the path.",
                                                   "type" : "string"
                                                },
                                                "url_seq" : {
                                                   "description" : "The {url_seq} part of the path.",
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
                                       },
                                       "PUT" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (verb).",
                                          "method" : "PUT",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "comment" : {
                                                   "description" : "A free-text comment.",
                                                   "optional" : 1,
                                                   "type" : "string"
                                                },
                                                "id" : {
                                                   "description" : "The {id} part of the path.",
                                                   "type" : "string"
                                                },
                                                "url_seq" : {
                                                   "description" : "The {url_seq} part of the path.",
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
                                    "path" : "/cluster/sdn/prefix-lists/{id}/entries/{url_seq}",
                                    "text" : "{url_seq}"
                                 }
                              ],
                              "info" : {
                                 "GET" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (fits).",
                                    "method" : "GET",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "id" : {
                                             "description" : "The {id} part of the path.",
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
                                 },
                                 "POST" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (fits).",
                                    "method" : "POST",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "comment" : {
                                             "description" : "A free-text comment.",
                                             "optional" : 1,
                                             "type" : "string"
                                          },
                                          "id" : {
                                             "description" : "The {id} part of the path.",
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
                              "leaf" : 0,
                              "path" : "/cluster/sdn/prefix-lists/{id}/entries",
                              "text" : "entries"
                           }
                        ],
                        "info" : {
                           "DELETE" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (fits).",
                              "method" : "DELETE",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "id" : {
                                       "description" : "The {id} part of the path.",
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
                           },
                           "GET" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (fits).",
                              "method" : "GET",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "id" : {
                                       "description" : "The {id} part of the path.",
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
                           },
                           "PUT" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (fits).",
                              "method" : "PUT",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "comment" : {
                                       "description" : "A free-text comment.",
                                       "optional" : 1,
                                       "type" : "string"
                                    },
                                    "id" : {
                                       "description" : "The {id} part of the path.",
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
                        "leaf" : 0,
                        "path" : "/cluster/sdn/prefix-lists/{id}",
                        "text" : "{id}"
                     }
                  ],
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (fits).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {}
                        },
                        "permissions" : {
                           "user" : "all"
                        },
                        "returns" : {
                           "type" : "null"
                        }
                     },
                     "POST" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (fits).",
                        "method" : "POST",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "comment" : {
                                 "description" : "A free-text comment.",
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
                  "leaf" : 0,
                  "path" : "/cluster/sdn/prefix-lists",
                  "text" : "prefix-lists"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "info" : {
                                                   "DELETE" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (repeats).",
                                                      "method" : "DELETE",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "reservation" : {
                                                               "description" : "The {reservation} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "subnet" : {
                                                               "description" : "The {subnet} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vnet" : {
                                                               "description" : "The {vnet} part of the path.",
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
                                                   },
                                                   "GET" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (repeats).",
                                                      "method" : "GET",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "reservation" : {
                                                               "description" : "The {reservation} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "subnet" : {
                                                               "description" : "The {subnet} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vnet" : {
                                                               "description" : "The {vnet} part of the path.",
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
                                                   },
                                                   "PUT" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (repeats).",
                                                      "method" : "PUT",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "comment" : {
                                                               "description" : "A free-text comment.",
                                                               "optional" : 1,
                                                               "type" : "string"
                                                            },
                                                            "reservation" : {
                                                               "description" : "The {reservation} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "subnet" : {
                                                               "description" : "The {subnet} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vnet" : {
                                                               "description" : "The {vnet} part of the path.",
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
                                                "path" : "/cluster/sdn/vnets/{vnet}/subnets/{subnet}/ip-reservations/{reservation}",
                                                "text" : "{reservation}"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/cluster/sdn/vnets/{vnet}/subnets/{subnet}/ip-reservations",
                                          "text" : "ip-reservations"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/vnets/{vnet}/subnets/{subnet}",
                                    "text" : "{subnet}"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/vnets/{vnet}/subnets",
                              "text" : "subnets"
                           },
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "info" : {
                                             "DELETE" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "DELETE",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                             },
                                             "GET" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "GET",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                             },
                                             "PUT" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "PUT",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "comment" : {
                                                         "description" : "A free-text comment.",
                                                         "optional" : 1,
                                                         "type" : "string"
                                                      },
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                          "path" : "/cluster/sdn/vnets/{vnet}/firewall/security-groups/{security-group-name}",
                                          "text" : "{security-group-name}"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/vnets/{vnet}/firewall/security-groups",
                                    "text" : "security-groups"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/vnets/{vnet}/firewall",
                              "text" : "firewall"
                           },
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "info" : {
                                             "GET" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (shortened collision).",
                                                "method" : "GET",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "id" : {
                                                         "description" : "The {id} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                             },
                                             "PUT" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (shortened collision).",
                                                "method" : "PUT",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "comment" : {
                                                         "description" : "A free-text comment.",
                                                         "optional" : 1,
                                                         "type" : "string"
                                                      },
                                                      "id" : {
                                                         "description" : "The {id} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                          "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions",
                                          "text" : "sessions"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}",
                                    "text" : "{id}"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours",
                              "text" : "dynamic-routing-protocol-neighbours"
                           },
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "info" : {
                                             "GET" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (shortened collision).",
                                                "method" : "GET",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "id" : {
                                                         "description" : "The {id} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                             },
                                             "PUT" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (shortened collision).",
                                                "method" : "PUT",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "comment" : {
                                                         "description" : "A free-text comment.",
                                                         "optional" : 1,
                                                         "type" : "string"
                                                      },
                                                      "id" : {
                                                         "description" : "The {id} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                          "path" : "/cluster/sdn/vnets/{vnet}/static-routing-table-announcements/{id}/sessions",
                                          "text" : "sessions"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/vnets/{vnet}/static-routing-table-announcements/{id}",
                                    "text" : "{id}"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/vnets/{vnet}/static-routing-table-announcements",
                              "text" : "static-routing-table-announcements"
                           },
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "info" : {
                                             "GET" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (hash suffix).",
                                                "method" : "GET",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "id" : {
                                                         "description" : "The {id} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "vnet" : {
                                                         "description" : "The {vnet} part of the path.",
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
                                          "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations/{id}/sessions",
                                          "text" : "sessions"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations/{id}",
                                    "text" : "{id}"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations",
                              "text" : "dynamic-routing-protocol-negotiations"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/cluster/sdn/vnets/{vnet}",
                        "text" : "{vnet}"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/sdn/vnets",
                  "text" : "vnets"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "children" : [
                                                   {
                                                      "info" : {
                                                         "DELETE" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (interior).",
                                                            "method" : "DELETE",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "fabric" : {
                                                                     "description" : "The {fabric} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "fabric-node" : {
                                                                     "description" : "The {fabric-node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "interface" : {
                                                                     "description" : "The {interface} part of the path.",
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
                                                         },
                                                         "GET" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (interior).",
                                                            "method" : "GET",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "fabric" : {
                                                                     "description" : "The {fabric} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "fabric-node" : {
                                                                     "description" : "The {fabric-node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "interface" : {
                                                                     "description" : "The {interface} part of the path.",
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
                                                         },
                                                         "PUT" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (interior).",
                                                            "method" : "PUT",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "comment" : {
                                                                     "description" : "A free-text comment.",
                                                                     "optional" : 1,
                                                                     "type" : "string"
                                                                  },
                                                                  "fabric" : {
                                                                     "description" : "The {fabric} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "fabric-node" : {
                                                                     "description" : "The {fabric-node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "interface" : {
                                                                     "description" : "The {interface} part of the path.",
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
                                                      "path" : "/cluster/sdn/fabrics/fabric/{fabric}/nodes/{fabric-node}/interfaces/{interface}",
                                                      "text" : "{interface}"
                                                   }
                                                ],
                                                "leaf" : 0,
                                                "path" : "/cluster/sdn/fabrics/fabric/{fabric}/nodes/{fabric-node}/interfaces",
                                                "text" : "interfaces"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/cluster/sdn/fabrics/fabric/{fabric}/nodes/{fabric-node}",
                                          "text" : "{fabric-node}"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/fabrics/fabric/{fabric}/nodes",
                                    "text" : "nodes"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/fabrics/fabric/{fabric}",
                              "text" : "{fabric}"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/cluster/sdn/fabrics/fabric",
                        "text" : "fabric"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/sdn/fabrics",
                  "text" : "fabrics"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "info" : {
                                             "DELETE" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "DELETE",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "zone" : {
                                                         "description" : "The {zone} part of the path.",
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
                                             },
                                             "GET" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "GET",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "zone" : {
                                                         "description" : "The {zone} part of the path.",
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
                                             },
                                             "PUT" : {
                                                "allowtoken" : 1,
                                                "description" : "Adversarial naming case (repeats and abbreviations).",
                                                "method" : "PUT",
                                                "name" : "case",
                                                "parameters" : {
                                                   "additionalProperties" : 0,
                                                   "properties" : {
                                                      "comment" : {
                                                         "description" : "A free-text comment.",
                                                         "optional" : 1,
                                                         "type" : "string"
                                                      },
                                                      "security-group-name" : {
                                                         "description" : "The {security-group-name} part of the path.",
                                                         "type" : "string"
                                                      },
                                                      "zone" : {
                                                         "description" : "The {zone} part of the path.",
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
                                          "path" : "/cluster/sdn/zones/{zone}/firewall/security-groups/{security-group-name}",
                                          "text" : "{security-group-name}"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/cluster/sdn/zones/{zone}/firewall/security-groups",
                                    "text" : "security-groups"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/cluster/sdn/zones/{zone}/firewall",
                              "text" : "firewall"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/cluster/sdn/zones/{zone}",
                        "text" : "{zone}"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/sdn/zones",
                  "text" : "zones"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/sdn",
            "text" : "sdn"
         },
         {
            "children" : [
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "info" : {
                                 "DELETE" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (repeats).",
                                    "method" : "DELETE",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "controller" : {
                                             "description" : "The {controller} part of the path.",
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
                                 },
                                 "GET" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (repeats).",
                                    "method" : "GET",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "controller" : {
                                             "description" : "The {controller} part of the path.",
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
                              "path" : "/cluster/mapping/usb-controllers/{controller}/usb-controller-ports",
                              "text" : "usb-controller-ports"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/cluster/mapping/usb-controllers/{controller}",
                        "text" : "{controller}"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/mapping/usb-controllers",
                  "text" : "usb-controllers"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/mapping",
            "text" : "mapping"
         },
         {
            "children" : [
               {
                  "children" : [
                     {
                        "info" : {
                           "GET" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (abbreviations).",
                              "method" : "GET",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "id" : {
                                       "description" : "The {id} part of the path.",
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
                           },
                           "POST" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (abbreviations).",
                              "method" : "POST",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "comment" : {
                                       "description" : "A free-text comment.",
                                       "optional" : 1,
                                       "type" : "string"
                                    },
                                    "id" : {
                                       "description" : "The {id} part of the path.",
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
                        "path" : "/cluster/replication-targets/{id}/network-interfaces-statistics",
                        "text" : "network-interfaces-statistics"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/replication-targets/{id}",
                  "text" : "{id}"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/replication-targets",
            "text" : "replication-targets"
         },
         {
            "children" : [
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "info" : {
                                 "POST" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (interior).",
                                    "method" : "POST",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "comment" : {
                                             "description" : "A free-text comment.",
                                             "optional" : 1,
                                             "type" : "string"
                                          },
                                          "target" : {
                                             "description" : "The {target} part of the path.",
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
                              "path" : "/cluster/bulk-action/guest/migrate-with-local-disks/{target}",
                              "text" : "{target}"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/cluster/bulk-action/guest/migrate-with-local-disks",
                        "text" : "migrate-with-local-disks"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/bulk-action/guest",
                  "text" : "guest"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/bulk-action",
            "text" : "bulk-action"
         },
         {
            "children" : [
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (truncated).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "id" : {
                                 "description" : "The {id} part of the path.",
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
                  "path" : "/cluster/{id}/an-extraordinarily-long-final-segment-that-no-rule-can-shorten",
                  "text" : "an-extraordinarily-long-final-segment-that-no-rule-can-shorten"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/{id}",
            "text" : "{id}"
         },
         {
            "children" : [
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (natural collision).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {}
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
                  "path" : "/cluster/ha/node-affinity",
                  "text" : "node-affinity"
               },
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (natural collision).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {}
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
                  "path" : "/cluster/ha/node_affinity",
                  "text" : "node_affinity"
               },
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (natural, keeps its name).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {}
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
                  "path" : "/cluster/ha/status",
                  "text" : "status"
               },
               {
                  "children" : [
                     {
                        "info" : {
                           "GET" : {
                              "allowtoken" : 1,
                              "description" : "Adversarial naming case (natural, spells out {group}).",
                              "method" : "GET",
                              "name" : "case",
                              "parameters" : {
                                 "additionalProperties" : 0,
                                 "properties" : {
                                    "group" : {
                                       "description" : "The {group} part of the path.",
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
                        "path" : "/cluster/ha/{group}/status",
                        "text" : "status"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/cluster/ha/{group}",
                  "text" : "{group}"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/ha",
            "text" : "ha"
         },
         {
            "children" : [
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (underscores and capitals).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {}
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
                  "path" : "/cluster/_upgrade_/Previous-Backup-Time",
                  "text" : "Previous-Backup-Time"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/_upgrade_",
            "text" : "_upgrade_"
         },
         {
            "children" : [
               {
                  "info" : {
                     "GET" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (a segment with no letters).",
                        "method" : "GET",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "id" : {
                                 "description" : "The {id} part of the path.",
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
                  "path" : "/cluster/---/{id}",
                  "text" : "{id}"
               }
            ],
            "leaf" : 0,
            "path" : "/cluster/---",
            "text" : "---"
         }
      ],
      "leaf" : 0,
      "path" : "/cluster",
      "text" : "cluster"
   },
   {
      "children" : [
         {
            "children" : [
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "info" : {
                                                   "DELETE" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (verb).",
                                                      "method" : "DELETE",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "cidr-address" : {
                                                               "description" : "The {cidr-address} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "name" : {
                                                               "description" : "The {name} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "node" : {
                                                               "description" : "The {node} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vmid" : {
                                                               "description" : "The {vmid} part of the path.",
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
                                                   },
                                                   "GET" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (verb).",
                                                      "method" : "GET",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "cidr-address" : {
                                                               "description" : "The {cidr-address} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "name" : {
                                                               "description" : "The {name} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "node" : {
                                                               "description" : "The {node} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vmid" : {
                                                               "description" : "The {vmid} part of the path.",
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
                                                   },
                                                   "PUT" : {
                                                      "allowtoken" : 1,
                                                      "description" : "Adversarial naming case (verb).",
                                                      "method" : "PUT",
                                                      "name" : "case",
                                                      "parameters" : {
                                                         "additionalProperties" : 0,
                                                         "properties" : {
                                                            "cidr-address" : {
                                                               "description" : "The {cidr-address} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "comment" : {
                                                               "description" : "A free-text comment.",
                                                               "optional" : 1,
                                                               "type" : "string"
                                                            },
                                                            "name" : {
                                                               "description" : "The {name} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "node" : {
                                                               "description" : "The {node} part of the path.",
                                                               "type" : "string"
                                                            },
                                                            "vmid" : {
                                                               "description" : "The {vmid} part of the path.",
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
                                                "path" : "/nodes/{node}/qemu/{vmid}/firewall/ipset/{name}/{cidr-address}",
                                                "text" : "{cidr-address}"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/nodes/{node}/qemu/{vmid}/firewall/ipset/{name}",
                                          "text" : "{name}"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/nodes/{node}/qemu/{vmid}/firewall/ipset",
                                    "text" : "ipset"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/qemu/{vmid}/firewall",
                              "text" : "firewall"
                           },
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "children" : [
                                                   {
                                                      "info" : {
                                                         "GET" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (interior).",
                                                            "method" : "GET",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "pid" : {
                                                                     "description" : "The {pid} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "vmid" : {
                                                                     "description" : "The {vmid} part of the path.",
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
                                                      "path" : "/nodes/{node}/qemu/{vmid}/agent/guest-exec/process/{pid}/output-stream",
                                                      "text" : "output-stream"
                                                   }
                                                ],
                                                "leaf" : 0,
                                                "path" : "/nodes/{node}/qemu/{vmid}/agent/guest-exec/process/{pid}",
                                                "text" : "{pid}"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/nodes/{node}/qemu/{vmid}/agent/guest-exec/process",
                                          "text" : "process"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/nodes/{node}/qemu/{vmid}/agent/guest-exec",
                                    "text" : "guest-exec"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/qemu/{vmid}/agent",
                              "text" : "agent"
                           },
                           {
                              "info" : {
                                 "GET" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (natural, keeps its name).",
                                    "method" : "GET",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "node" : {
                                             "description" : "The {node} part of the path.",
                                             "type" : "string"
                                          },
                                          "vmid" : {
                                             "description" : "The {vmid} part of the path.",
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
                              "path" : "/nodes/{node}/qemu/{vmid}/status",
                              "text" : "status"
                           },
                           {
                              "children" : [
                                 {
                                    "info" : {
                                       "GET" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (shortened onto a natural name).",
                                          "method" : "GET",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "node" : {
                                                   "description" : "The {node} part of the path.",
                                                   "type" : "string"
                                                },
                                                "vmid" : {
                                                   "description" : "The {vmid} part of the path.",
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
                                    "path" : "/nodes/{node}/qemu/{vmid}/guest-agent-reported-operating-system-status/status",
                                    "text" : "status"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/qemu/{vmid}/guest-agent-reported-operating-system-status",
                              "text" : "guest-agent-reported-operating-system-status"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/qemu/{vmid}",
                        "text" : "{vmid}"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/qemu",
                  "text" : "qemu"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "info" : {
                                       "GET" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (repeats).",
                                          "method" : "GET",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "node" : {
                                                   "description" : "The {node} part of the path.",
                                                   "type" : "string"
                                                },
                                                "pci-id" : {
                                                   "description" : "The {pci-id} part of the path.",
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
                                    "path" : "/nodes/{node}/hardware/mediated-devices/{pci-id}/mediated-device-types",
                                    "text" : "mediated-device-types"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/hardware/mediated-devices/{pci-id}",
                              "text" : "{pci-id}"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/hardware/mediated-devices",
                        "text" : "mediated-devices"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/hardware",
                  "text" : "hardware"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "info" : {
                                       "DELETE" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (abbreviations).",
                                          "method" : "DELETE",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "certificate" : {
                                                   "description" : "The {certificate} part of the path.",
                                                   "type" : "string"
                                                },
                                                "node" : {
                                                   "description" : "The {node} part of the path.",
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
                                       },
                                       "GET" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (abbreviations).",
                                          "method" : "GET",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "certificate" : {
                                                   "description" : "The {certificate} part of the path.",
                                                   "type" : "string"
                                                },
                                                "node" : {
                                                   "description" : "The {node} part of the path.",
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
                                       },
                                       "PUT" : {
                                          "allowtoken" : 1,
                                          "description" : "Adversarial naming case (abbreviations).",
                                          "method" : "PUT",
                                          "name" : "case",
                                          "parameters" : {
                                             "additionalProperties" : 0,
                                             "properties" : {
                                                "certificate" : {
                                                   "description" : "The {certificate} part of the path.",
                                                   "type" : "string"
                                                },
                                                "comment" : {
                                                   "description" : "A free-text comment.",
                                                   "optional" : 1,
                                                   "type" : "string"
                                                },
                                                "node" : {
                                                   "description" : "The {node} part of the path.",
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
                                    "path" : "/nodes/{node}/certificates/acme/certificate-configuration/{certificate}",
                                    "text" : "{certificate}"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/certificates/acme/certificate-configuration",
                              "text" : "certificate-configuration"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/certificates/acme",
                        "text" : "acme"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/certificates",
                  "text" : "certificates"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "children" : [
                                                   {
                                                      "info" : {
                                                         "GET" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (interior, differs from qemu).",
                                                            "method" : "GET",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "pid" : {
                                                                     "description" : "The {pid} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "vmid" : {
                                                                     "description" : "The {vmid} part of the path.",
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
                                                      "path" : "/nodes/{node}/lxc/{vmid}/agent/guest-exec/process/{pid}/output-stream",
                                                      "text" : "output-stream"
                                                   }
                                                ],
                                                "leaf" : 0,
                                                "path" : "/nodes/{node}/lxc/{vmid}/agent/guest-exec/process/{pid}",
                                                "text" : "{pid}"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/nodes/{node}/lxc/{vmid}/agent/guest-exec/process",
                                          "text" : "process"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/nodes/{node}/lxc/{vmid}/agent/guest-exec",
                                    "text" : "guest-exec"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/lxc/{vmid}/agent",
                              "text" : "agent"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/lxc/{vmid}",
                        "text" : "{vmid}"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/lxc",
                  "text" : "lxc"
               },
               {
                  "info" : {
                     "PUT" : {
                        "allowtoken" : 1,
                        "description" : "Adversarial naming case (truncated).",
                        "method" : "PUT",
                        "name" : "case",
                        "parameters" : {
                           "additionalProperties" : 0,
                           "properties" : {
                              "an-extremely-long-path-parameter-name-kept-because-it-is-last" : {
                                 "description" : "The {an-extremely-long-path-parameter-name-kept-because-it-is-last} part of the path.",
                                 "type" : "string"
                              },
                              "comment" : {
                                 "description" : "A free-text comment.",
                                 "optional" : 1,
                                 "type" : "string"
                              },
                              "node" : {
                                 "description" : "The {node} part of the path.",
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
                  "path" : "/nodes/{node}/{an-extremely-long-path-parameter-name-kept-because-it-is-last}",
                  "text" : "{an-extremely-long-path-parameter-name-kept-because-it-is-last}"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "info" : {
                                 "GET" : {
                                    "allowtoken" : 1,
                                    "description" : "Adversarial naming case (digits).",
                                    "method" : "GET",
                                    "name" : "case",
                                    "parameters" : {
                                       "additionalProperties" : 0,
                                       "properties" : {
                                          "node" : {
                                             "description" : "The {node} part of the path.",
                                             "type" : "string"
                                          },
                                          "registration-id" : {
                                             "description" : "The {registration-id} part of the path.",
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
                              "path" : "/nodes/{node}/2fa/u2f-registrations/{registration-id}",
                              "text" : "{registration-id}"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/2fa/u2f-registrations",
                        "text" : "u2f-registrations"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/2fa",
                  "text" : "2fa"
               },
               {
                  "children" : [
                     {
                        "children" : [
                           {
                              "children" : [
                                 {
                                    "children" : [
                                       {
                                          "children" : [
                                             {
                                                "children" : [
                                                   {
                                                      "info" : {
                                                         "DELETE" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (deep).",
                                                            "method" : "DELETE",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "policy" : {
                                                                     "description" : "The {policy} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "route-target" : {
                                                                     "description" : "The {route-target} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "zone" : {
                                                                     "description" : "The {zone} part of the path.",
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
                                                         },
                                                         "GET" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (deep).",
                                                            "method" : "GET",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "policy" : {
                                                                     "description" : "The {policy} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "route-target" : {
                                                                     "description" : "The {route-target} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "zone" : {
                                                                     "description" : "The {zone} part of the path.",
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
                                                         },
                                                         "POST" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (deep).",
                                                            "method" : "POST",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "comment" : {
                                                                     "description" : "A free-text comment.",
                                                                     "optional" : 1,
                                                                     "type" : "string"
                                                                  },
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "policy" : {
                                                                     "description" : "The {policy} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "route-target" : {
                                                                     "description" : "The {route-target} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "zone" : {
                                                                     "description" : "The {zone} part of the path.",
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
                                                         },
                                                         "PUT" : {
                                                            "allowtoken" : 1,
                                                            "description" : "Adversarial naming case (deep).",
                                                            "method" : "PUT",
                                                            "name" : "case",
                                                            "parameters" : {
                                                               "additionalProperties" : 0,
                                                               "properties" : {
                                                                  "comment" : {
                                                                     "description" : "A free-text comment.",
                                                                     "optional" : 1,
                                                                     "type" : "string"
                                                                  },
                                                                  "node" : {
                                                                     "description" : "The {node} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "policy" : {
                                                                     "description" : "The {policy} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "route-target" : {
                                                                     "description" : "The {route-target} part of the path.",
                                                                     "type" : "string"
                                                                  },
                                                                  "zone" : {
                                                                     "description" : "The {zone} part of the path.",
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
                                                      "path" : "/nodes/{node}/sdn/zones/{zone}/evpn-route-targets/{route-target}/import-policies/{policy}",
                                                      "text" : "{policy}"
                                                   }
                                                ],
                                                "leaf" : 0,
                                                "path" : "/nodes/{node}/sdn/zones/{zone}/evpn-route-targets/{route-target}/import-policies",
                                                "text" : "import-policies"
                                             }
                                          ],
                                          "leaf" : 0,
                                          "path" : "/nodes/{node}/sdn/zones/{zone}/evpn-route-targets/{route-target}",
                                          "text" : "{route-target}"
                                       }
                                    ],
                                    "leaf" : 0,
                                    "path" : "/nodes/{node}/sdn/zones/{zone}/evpn-route-targets",
                                    "text" : "evpn-route-targets"
                                 }
                              ],
                              "leaf" : 0,
                              "path" : "/nodes/{node}/sdn/zones/{zone}",
                              "text" : "{zone}"
                           }
                        ],
                        "leaf" : 0,
                        "path" : "/nodes/{node}/sdn/zones",
                        "text" : "zones"
                     }
                  ],
                  "leaf" : 0,
                  "path" : "/nodes/{node}/sdn",
                  "text" : "sdn"
               }
            ],
            "leaf" : 0,
            "path" : "/nodes/{node}",
            "text" : "{node}"
         }
      ],
      "leaf" : 0,
      "path" : "/nodes",
      "text" : "nodes"
   }
]
;
