package main

import (
	"github.com/dave/jennifer/jen"
)

// taskFields are the fields Task copies from typed.TaskInfo, with their
// docs.
var taskFields = []struct{ name, doc string }{
	{"UPID", "UPID identifies the task: UPID:node:…:."},
	{"Node", "Node is the node the task runs on."},
	{"Type", "Type is the worker type (qmstart, vzdump, garbage_collection, …)."},
	{"ID", "ID is what the task works on (a VMID, a datastore), if anything."},
	{"User", "User is who started it."},
	{"StartTime", "StartTime is when it started."},
}

// taskFile emits Task, TaskStatus and the methods that follow a task:
//
//	func (c *Client) Task(upid string) (*Task, error)
//	func (t *Task) Status(ctx context.Context) (TaskStatus, error)
//	func (t *Task) Wait(ctx context.Context) (TaskStatus, error)
func taskFile(m *model) *jen.File {
	f := newFile(m)
	taskType(f)
	taskStatusType(f)
	taskConstructors(f)
	taskStatusMethod(f)
	taskWaitMethod(f)
	return f
}

func taskType(f *jen.File) {
	f.Comment(lineComment("Task is a task Proxmox runs in the background, started by a call (methods of such operations return one) " +
		"or named by its UPID (Client.Task)."))
	var fields []jen.Code
	for _, tf := range taskFields {
		if tf.doc != "" {
			fields = append(fields, jen.Comment(tf.doc))
		}
		typ := jen.String()
		if tf.name == "StartTime" {
			typ = jen.Qual("time", "Time")
		}
		fields = append(fields, jen.Id(tf.name).Add(typ))
	}
	f.Type().Id("Task").Struct(append(fields, jen.Line(), jen.Id("c").Op("*").Id("Client"))...)
}

func taskStatusType(f *jen.File) {
	f.Comment("TaskStatus is where a task stands.")
	f.Type().Id("TaskStatus").Struct(
		jen.Comment("Running is true until the task has stopped."),
		jen.Id("Running").Bool(),
		jen.Comment("ExitStatus is \"OK\", \"WARNINGS: n\" or the error message once the task stopped; empty while it runs."),
		jen.Id("ExitStatus").String(),
	)
	f.Comment("OK reports whether the task stopped and succeeded (\"OK\", or \"WARNINGS: n\").")
	f.Func().Params(jen.Id("s").Id("TaskStatus")).Id("OK").Params().Bool().Block(
		jen.Return(jen.Op("!").Id("s").Dot("Running").Op("&&").Qual(typedPkg, "Succeeded").Call(jen.Id("s").Dot("ExitStatus"))))
}

// taskConstructors emits Client.Task (from a UPID), started (from what
// the runtime's Start returns) and Task.info (back to the runtime's form).
func taskConstructors(f *jen.File) {
	f.Comment(lineComment("Task returns the task a UPID names (one listed by the node's task list, say), to follow it."))
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("Task").Params(jen.Id("upid").String()).
		Params(jen.Op("*").Id("Task"), jen.Error()).Block(
		jen.List(jen.Id("t"), jen.Err()).Op(":=").Qual(typedPkg, "ParseUPID").Call(jen.Id("upid")),
		jen.Return(jen.Id("c").Dot("started").Call(jen.Id("t"), jen.Err().Op("==").Nil(), jen.Err())),
	)
	fromInfo := jen.Dict{jen.Id("c"): jen.Id("c")}
	toInfo := jen.Dict{}
	for _, tf := range taskFields {
		fromInfo[jen.Id(tf.name)] = jen.Id("t").Dot(tf.name)
		toInfo[jen.Id(tf.name)] = jen.Id("t").Dot(tf.name)
	}
	f.Comment("started is the Task of what typed.Client.Start returns; nil when no task was started.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("started").
		Params(jen.Id("t").Qual(typedPkg, "TaskInfo"), jen.Id("ok").Bool(), jen.Err().Error()).
		Params(jen.Op("*").Id("Task"), jen.Error()).Block(
		jen.If(jen.Op("!").Id("ok").Op("||").Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Id("wrapError").Call(jen.Err()))),
		jen.Return(jen.Op("&").Id("Task").Values(fromInfo), jen.Nil()),
	)
	f.Func().Params(jen.Id("t").Op("*").Id("Task")).Id("info").Params().Qual(typedPkg, "TaskInfo").Block(
		jen.Return(jen.Qual(typedPkg, "TaskInfo").Values(toInfo)))
	f.Comment("client refuses a Task that no Client made.")
	f.Func().Params(jen.Id("t").Op("*").Id("Task")).Id("client").Params().Params(jen.Op("*").Qual(typedPkg, "Client"), jen.Error()).Block(
		jen.If(jen.Id("t").Op("==").Nil().Op("||").Id("t").Dot("c").Op("==").Nil()).Block(
			jen.Return(jen.Nil(), jen.Qual("errors", "New").Call(jen.Lit("a Task written by hand has no client: get it from Client.Task(upid)")))),
		jen.Return(jen.Id("t").Dot("c").Dot("rt"), jen.Nil()),
	)
}

// taskStatusMethod emits
//
//	func (t *Task) Status(ctx context.Context) (TaskStatus, error) {
//		rt, err := t.client()
//		if err != nil { return TaskStatus{}, err }
//		st, err := rt.TaskStatus(ctx, t.info())
//		return TaskStatus(st), wrapError(err)
//	}
func taskStatusMethod(f *jen.File) {
	f.Comment("Status reads the task's status once.")
	f.Func().Params(jen.Id("t").Op("*").Id("Task")).Id("Status").Params(jen.Id("ctx").Qual("context", "Context")).
		Params(jen.Id("TaskStatus"), jen.Error()).Block(
		append(taskClient(),
			jen.List(jen.Id("st"), jen.Err()).Op(":=").Id("rt").Dot("TaskStatus").Call(jen.Id("ctx"), jen.Id("t").Dot("info").Call()),
			jen.Return(jen.Id("TaskStatus").Call(jen.Id("st")), jen.Id("wrapError").Call(jen.Err())),
		)...)
}

// taskWaitMethod emits Wait: the runtime polls; a stopped task that did
// not succeed is a *TaskError.
func taskWaitMethod(f *jen.File) {
	f.Comment(lineComment("Wait polls the task's status, from every 200 ms up to every 3 s, until it stops or ctx ends " +
		"(the task itself goes on then). It returns *TaskError when the task failed."))
	f.Func().Params(jen.Id("t").Op("*").Id("Task")).Id("Wait").Params(jen.Id("ctx").Qual("context", "Context")).
		Params(jen.Id("TaskStatus"), jen.Error()).Block(
		append(taskClient(),
			jen.List(jen.Id("st"), jen.Err()).Op(":=").Id("rt").Dot("WaitTask").Call(jen.Id("ctx"), jen.Id("t").Dot("info").Call()),
			jen.Switch().Block(
				jen.Case(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id("TaskStatus").Call(jen.Id("st")), jen.Id("wrapError").Call(jen.Err()))),
				jen.Case(jen.Op("!").Qual(typedPkg, "Succeeded").Call(jen.Id("st").Dot("ExitStatus"))).Block(
					jen.Return(jen.Id("TaskStatus").Call(jen.Id("st")), jen.Op("&").Id("TaskError").Values(jen.Dict{
						jen.Id("UPID"): jen.Id("t").Dot("UPID"), jen.Id("ExitStatus"): jen.Id("st").Dot("ExitStatus")}))),
			),
			jen.Return(jen.Id("TaskStatus").Call(jen.Id("st")), jen.Nil()),
		)...)
}

func taskClient() []jen.Code {
	return []jen.Code{
		jen.List(jen.Id("rt"), jen.Err()).Op(":=").Id("t").Dot("client").Call(),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Id("TaskStatus").Values(), jen.Err())),
	}
}
