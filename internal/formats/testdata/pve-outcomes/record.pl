#!/usr/bin/perl
# Records PVE's own verdicts for the vectors of ../pve_outcomes.json and
# ../property_string_vectors.json: every case is run through the Perl code
# of a PVE release and the release's field ("pve-9.1", "pve-8.4") is
# rewritten. See README.md for the checkouts this needs.
#
#   perl record.pl RELEASE SOURCES_DIR < vectors.json > vectors.new.json
#
# Only format registrations are exercised, so modules a format module
# merely mentions (cluster file system, RRD, PAM, …) are replaced by empty
# stand-ins when they are not installed.
use strict;
use warnings;

my ($release, $sources);

BEGIN {
    # PVE lists several errors in hash order: fix it so records are stable
    if (($ENV{PERL_HASH_SEED} // '') ne '0') {
        @ENV{qw(PERL_HASH_SEED PERL_PERTURB_KEYS)} = (0, 0);
        exec($^X, $0, @ARGV) or die "cannot re-run $0: $!\n";
    }
    require PerlIO::scalar; # the stand-ins are in-memory files
    ($release, $sources) = @ARGV;
    die "usage: $0 RELEASE SOURCES_DIR < vectors.json\n" if !$release || !$sources || !-d $sources;

    # Modules whose real code would talk to a running node.
    my %stand_in = map { $_ => 1 } qw(
        PVE::Cluster PVE::INotify PVE::RPCEnvironment PVE::SafeSyslog PVE::Daemon
        PVE::Corosync PVE::IPCC PVE::Auth::PAM PVE::API2::ACMEPlugin PVE::RRD
        PVE::ACME PVE::ACME::Challenge PVE::TokenConfig PVE::API2::APT
    );
    my $package = sub { (my $pkg = $_[0]) =~ s/\.pm$//; $pkg =~ s!/!::!g; return $pkg };
    my $stand_in_source = sub {
        my ($pkg) = @_;
        my $src = "package $pkg; our \$AUTOLOAD; sub AUTOLOAD { return undef } sub DESTROY {}"
            . " sub import { goto &StandIn::import } 1;";
        open(my $fh, '<', \$src) or die;
        return $fh;
    };
    my @repos = qw(pve-common pve-access-control pve-storage qemu-server pve-container
        pve-firewall pve-network pve-guest-common pve-ha-manager pve-cluster);
    @INC = (
        sub { my $pkg = $package->($_[1]); return $stand_in{$pkg} ? $stand_in_source->($pkg) : () },
        (map { "$sources/$_/src" } @repos),
        "$sources/pve-manager",
        @INC,
        sub { return $stand_in_source->($package->($_[1])) },
    );
}

package StandIn {
    # import of a stand-in: every requested name becomes an empty variable
    # or a sub returning undef
    sub import {
        my $caller = caller;
        shift;
        for my $name (@_) {
            next if ref($name) || $name =~ /^[:-]/;
            no strict 'refs';
            if ($name =~ /^\$(.*)/) { *{"${caller}::$1"} = \my $scalar }
            elsif ($name =~ /^\@(.*)/) { *{"${caller}::$1"} = [] }
            elsif ($name =~ /^%(.*)/) { *{"${caller}::$1"} = {} }
            else {
                (my $sub = $name) =~ s/^&//;
                *{"${caller}::$sub"} = sub { return undef } if !defined(&{"${caller}::$sub"});
            }
        }
    }
}

my @modules = qw(
    PVE::JSONSchema PVE::Certificate PVE::CalendarEvent PVE::AccessControl PVE::Auth::Plugin
    PVE::Storage::Plugin PVE::QemuServer PVE::QemuServer::CPUConfig PVE::QemuServer::Drive
    PVE::QemuServer::Network PVE::QemuServer::PCI PVE::QemuServer::RNG PVE::QemuServer::Memory
    PVE::QemuServer::USB PVE::LXC::Config PVE::Firewall PVE::Network::SDN::Zones::Plugin
    PVE::Network::SDN::VnetPlugin PVE::Network::SDN::SubnetPlugin PVE::Network::SDN::Controllers::Plugin
    PVE::Network::SDN::Controllers::IsisPlugin PVE::Network::SDN::Zones::EvpnPlugin
    PVE::Network::SDN::Ipams::Plugin PVE::Network::SDN::Dns::Plugin PVE::VZDump::Common
    PVE::Mapping::Dir PVE::ReplicationConfig PVE::Status::Graphite PVE::API2::Nodes
    PVE::API2::Backup PVE::NodeConfig PVE::HA::Tools PVE::DataCenterConfig
);
{
    local $SIG{__WARN__} = sub { };
    for my $m (@modules) {
        eval "require $m; 1" or warn "$m not loaded (formats it registers will be undefined): " . (split /\n/, $@)[0] . "\n";
    }
    # newer releases only
    eval { require PVE::Network::SDN::Fabrics };
}

use JSON;

# text: the message as PVE reports it after "invalid format - ", without the
# trailing newline and without the location Perl appends to a message that
# lacks one.
sub text {
    my ($err) = @_;
    $err = "$err";
    $err =~ s/ at \S+ line \d+(?:, <\w+> (?:line|chunk) \d+)?\.\n\z//;
    $err =~ s/\n+\z//;
    return $err;
}

sub check_value {
    my ($case) = @_;
    my $value = $case->{value};
    utf8::upgrade($value);
    local $SIG{__WARN__} = sub { };
    return eval { PVE::JSONSchema::check_format($case->{format}, $value, ''); 1 } ? '' : text($@);
}

sub parse_input {
    my ($case) = @_;
    my $input = $case->{input};
    utf8::upgrade($input);
    my $format = $case->{format} // $case->{format_keys};
    return undef if !ref($format) && !PVE::JSONSchema::get_format($format);
    local $SIG{__WARN__} = sub { };
    my $res = eval { PVE::JSONSchema::parse_property_string($format, $input) };
    my $err = $@;
    return { result => { map { $_ => "$res->{$_}" } keys %$res } } if !$err;
    return { error => $err->{msg}, ($err->{errors} ? (errors => $err->{errors}) : ()) }
        if ref($err) && $err->isa('PVE::Exception');
    return { error => "$err" };
}

my $json = JSON->new->utf8->canonical;
my $doc = $json->decode(do { local $/; <STDIN> });
for my $case ($doc->{cases}->@*) {
    my $outcome = exists($case->{value}) ? check_value($case) : parse_input($case);
    if (defined($outcome)) {
        $case->{"pve-$release"} = $outcome;
    } else {
        delete $case->{"pve-$release"};
    }
}
# one case per line, so that a change of verdict is a one-line diff
my @cases = map { '  ' . $json->encode($_) } $doc->{cases}->@*;
my %head = map { $_ => $doc->{$_} } grep { $_ ne 'cases' } keys $doc->%*;
my $head = %head ? JSON->new->utf8->canonical->pretty->encode(\%head) =~ s/\n}\n\z/,\n/r : "{\n";
print $head, '   "cases" : [', "\n", join(",\n", @cases), "\n   ]\n}\n";
